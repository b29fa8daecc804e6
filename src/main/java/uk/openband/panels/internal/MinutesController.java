package uk.openband.panels.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.ReasonCode;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.identity.SignedInUser;
import uk.openband.panels.AgendaCaseView;
import uk.openband.panels.MeetingView;
import uk.openband.panels.ModeratedResult;
import uk.openband.panels.PanelMeetings;
import uk.openband.panels.PanelModeration;
import uk.openband.platform.web.PdfDocuments;

/**
 * The meeting's papers as print views and PDF: the agenda pack (each case's summary and the
 * school's answers) and the minutes (attendance, recusals, each case's moderation, decision and reasons).
 */
@Controller
class MinutesController {

    /** One case of the agenda pack. */
    public record PackCase(AgendaCaseView item, AssessmentView assessment, MatrixFramework framework,
            ModeratedResult result) {
    }

    private final PanelMeetings meetings;
    private final PanelModeration moderation;
    private final CaseDecisions caseDecisions;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    MinutesController(PanelMeetings meetings, PanelModeration moderation, CaseDecisions caseDecisions,
            PdfDocuments pdf, MessageSource messages) {
        this.meetings = meetings;
        this.moderation = moderation;
        this.caseDecisions = caseDecisions;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/panels/{id}/minutes")
    String minutes(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        minutesModel(meetings.visibleTo(user, id), model);
        return "panels/minutes";
    }

    @GetMapping("/panels/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        MeetingView m = meetings.visibleTo(user, id);
        minutesModel(m, model);
        return pdf(pdf.render("panels/minutes", messages.getMessage("panels.minutes.title", null, locale),
                model.asMap(), request, response, locale), "panel-minutes-" + m.date() + ".pdf");
    }

    @GetMapping("/panels/{id}/pack")
    String pack(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        packModel(meetings.visibleTo(user, id), model);
        return "panels/pack";
    }

    @GetMapping("/panels/{id}/pack.pdf")
    ResponseEntity<byte[]> packPdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        MeetingView m = meetings.visibleTo(user, id);
        packModel(m, model);
        return pdf(pdf.render("panels/pack", messages.getMessage("panels.pack.title", null, locale), model.asMap(),
                request, response, locale), "panel-agenda-pack-" + m.date() + ".pdf");
    }

    private void minutesModel(MeetingView m, Model model) {
        Map<Long, ModeratedResult> results = new HashMap<>();
        for (AgendaCaseView item : m.agenda()) {
            results.put(item.caseId(), moderation.result(m.id(), item.caseId()));
        }
        Map<String, String> reasons = new TreeMap<>();
        caseDecisions.reasonCodes().forEach((ReasonCode r) -> reasons.put(r.code(), r.label()));
        model.addAttribute("meeting", m);
        model.addAttribute("results", results);
        model.addAttribute("reasons", reasons);
    }

    private void packModel(MeetingView m, Model model) {
        List<PackCase> cases = m.agenda().stream().map(item -> {
            AssessmentView a = moderation.assessment(item.caseId());
            return new PackCase(item, a, moderation.framework(a), moderation.result(m.id(), item.caseId()));
        }).toList();
        model.addAttribute("meeting", m);
        model.addAttribute("cases", cases);
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
