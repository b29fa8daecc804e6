package uk.openband.panels.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.ReasonCode;
import uk.openband.identity.SignedInUser;
import uk.openband.panels.AgendaCaseView;
import uk.openband.panels.MeetingView;
import uk.openband.panels.ModeratedResult;
import uk.openband.panels.PanelMeetings;
import uk.openband.panels.PanelModeration;

/** The minutes of a meeting as a print view: attendance, recusals, each case's moderation, decision and reasons. */
@Controller
class MinutesController {

    private final PanelMeetings meetings;
    private final PanelModeration moderation;
    private final CaseDecisions caseDecisions;

    MinutesController(PanelMeetings meetings, PanelModeration moderation, CaseDecisions caseDecisions) {
        this.meetings = meetings;
        this.moderation = moderation;
        this.caseDecisions = caseDecisions;
    }

    @GetMapping("/panels/{id}/minutes")
    String minutes(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        MeetingView m = meetings.visibleTo(user, id);
        Map<Long, ModeratedResult> results = new HashMap<>();
        for (AgendaCaseView item : m.agenda()) {
            results.put(item.caseId(), moderation.result(id, item.caseId()));
        }
        Map<String, String> reasons = new java.util.TreeMap<>();
        caseDecisions.reasonCodes().forEach((ReasonCode r) -> reasons.put(r.code(), r.label()));
        model.addAttribute("meeting", m);
        model.addAttribute("results", results);
        model.addAttribute("reasons", reasons);
        return "panels/minutes";
    }
}
