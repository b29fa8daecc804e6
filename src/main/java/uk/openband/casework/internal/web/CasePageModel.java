package uk.openband.casework.internal.web;

import uk.openband.platform.NotFound;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.internal.BlindModerationGuard;
import uk.openband.casework.CaseState;
import uk.openband.casework.StartPolicy;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.framework.scoring.ScoreResult;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.input.DateInput;

/**
 * Everything the case page shows: the case, the pupil, the assessment with its score, trace and
 * profile, the decision, the timeline, and the action forms the case's state and the user's role
 * allow, with anything typed and any errors.
 */
@Component
class CasePageModel {

    private final CaseQueries cases;
    private final CaseDecisions decisions;
    private final AssessmentManagement assessments;
    private final PupilRegistry pupils;
    private final CaseOfficers officers;
    private final MessageSource messages;
    private final BlindModerationGuard blind;

    CasePageModel(CaseQueries cases, CaseDecisions decisions, AssessmentManagement assessments, PupilRegistry pupils,
            CaseOfficers officers, MessageSource messages, BlindModerationGuard blind) {
        this.blind = blind;
        this.cases = cases;
        this.decisions = decisions;
        this.assessments = assessments;
        this.pupils = pupils;
        this.officers = officers;
        this.messages = messages;
    }

    /** The id of the first input of a field on the case page, for error summary links. */
    static String anchor(String field) {
        return switch (field) {
            case "state", "outcome" -> "case-actions";
            case "reviewDate", "chosenStartDate" -> field + "-day";
            default -> field;
        };
    }

    /**
     * Reads everything in one read-only transaction: the modules' reads below join it, so the page pays one
     * commit instead of one per module it asks.
     */
    @Transactional(readOnly = true)
    String fill(long id, SignedInUser user, Model model, Map<String, ?> typed, Map<String, String> errors) {
        CaseDetail c = cases.detail(id).orElseThrow(() -> new NotFound("casework.notFound.case", id));
        blind.check(id, c.summary().reference(), user.getUsername());
        AssessmentView a = assessments.get(PupilScope.allSettings(), c.summary().assessmentId());
        ScoreResult score = assessments.score(a);
        boolean acts = user.role() == Role.CASE_OFFICER || user.role() == Role.SEND_MANAGER;
        CaseState state = c.state();
        boolean withinThreshold = !c.summary().indicatedExceptional() && c.summary().indicatedAnnualAmount() != null
                && c.summary().indicatedAnnualAmount().signum() > 0
                && c.summary().indicatedAnnualAmount().compareTo(decisions.delegatedThreshold()) <= 0;
        model.addAttribute("fundingCase", c);
        model.addAttribute("assessment", a);
        model.addAttribute("framework", assessments.framework(a));
        model.addAttribute("changes", assessments.changesAtLastSending(a));
        model.addAttribute("score", score);
        model.addAttribute("profileSvg", assessments.profileSvg(score,
                messages.getMessage("assessment.profile.title", null, Locale.UK),
                messages.getMessage("assessment.profile.desc", null, Locale.UK)));
        model.addAttribute("pupil", pupils.find(PupilScope.allSettings(), c.summary().pupilId()).orElseThrow());
        model.addAttribute("canAssign", acts && (state == CaseState.SUBMITTED || state == CaseState.IN_TRIAGE));
        model.addAttribute("canTriage", acts && state == CaseState.IN_TRIAGE);
        model.addAttribute("canRelist", acts && state == CaseState.DISPUTED);
        model.addAttribute("canDelegate", acts && state == CaseState.IN_TRIAGE && withinThreshold);
        model.addAttribute("canWithdraw", acts && state.open());
        model.addAttribute("canApprove", user.role() == Role.SEND_MANAGER && state == CaseState.AWAITING_APPROVAL);
        model.addAttribute("acts", acts);
        model.addAttribute("threshold", decisions.delegatedThreshold());
        model.addAttribute("officers", officers.all());
        model.addAttribute("reasonCodes", decisions.reasonCodes());
        model.addAttribute("startPolicies", List.of(StartPolicy.values()));
        model.addAttribute("defaultStartPolicy", decisions.defaultStartPolicy());
        model.addAttribute("typed", typed);
        model.addAttribute("chosenStartDateParts", DateInput.from(typed, "chosenStartDate"));
        model.addAttribute("reviewDateParts", DateInput.from(typed, "reviewDate"));
        Object policy = typed.get("startPolicy");
        model.addAttribute("chosenPolicy", policy == null || policy.toString().isEmpty()
                ? decisions.defaultStartPolicy().name() : policy.toString());
        Object codes = typed.get("reasonCodes");
        model.addAttribute("chosenCodes", codes instanceof List<?> l ? l : List.of());
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("errorSummary")) {
            model.addAttribute("errorSummary", ErrorSummary.empty());
        }
        return "casework/case";
    }
}
