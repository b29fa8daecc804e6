package uk.openband.casework.internal.web;

import uk.openband.platform.NotFound;
import uk.openband.platform.web.Refusals;
import uk.openband.platform.Refused;
import uk.openband.platform.Conflict;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.CaseStatusLookup;
import uk.openband.assessment.CaseStatusLookup.CaseStatus;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilSummary;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingDetails;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.PdfDocuments;
import uk.openband.pupils.PupilAccess;

/**
 * The school's side of a decision: the SENCO disputes it (within the window), and the decision
 * notice addressed to the school. Reached from the assessment, so a SENCO sees only their
 * setting's: another setting's assessment is "page not found".
 */
@Controller
class SchoolDecisionController {

    private final AssessmentManagement assessments;
    private final CaseStatusLookup statuses;
    private final CaseWorkflow workflow;
    private final PupilRegistry pupils;
    private final SettingDirectory settings;
    private final MessageSource messages;
    private final PdfDocuments pdf;

    SchoolDecisionController(AssessmentManagement assessments, CaseStatusLookup statuses, CaseWorkflow workflow,
            PupilRegistry pupils, SettingDirectory settings, MessageSource messages, PdfDocuments pdf) {
        this.pdf = pdf;
        this.assessments = assessments;
        this.statuses = statuses;
        this.workflow = workflow;
        this.pupils = pupils;
        this.settings = settings;
        this.messages = messages;
    }

    /** The notice's content: the setting it is addressed to, the pupil, the case and its decision. */
    public record Notice(SettingDetails setting, PupilSummary pupil, AssessmentView assessment, CaseStatus status,
            int disputeWindowDays) {
    }

    @GetMapping("/assessments/{id}/dispute")
    String disputeForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Notice n = notice(id, user);
        if (!n.status().decision().disputable()) {
            return "redirect:/assessments/" + id;
        }
        model.addAttribute("notice", n);
        model.addAttribute("reason", "");
        return "casework/dispute";
    }

    @PostMapping("/assessments/{id}/dispute")
    String dispute(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") long version,
            @RequestParam(name = "reason", required = false) String reason, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        Notice n = notice(id, user);
        try {
            workflow.dispute(n.status().caseId(), version, reason, user);
        } catch (Conflict e) {
            return again(model, n, reason, "state", messages.getMessage("school.dispute.changed", null, locale));
        } catch (Refused e) {
            return again(model, n, reason, e.field(), Refusals.message(e, messages, locale));
        }
        redirect.addFlashAttribute("banner", messages.getMessage("school.dispute.done", null, locale));
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/assessments/{id}/decision-notice")
    String noticePage(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("notice", notice(id, user));
        return "casework/notice";
    }

    @GetMapping("/assessments/{id}/decision-notice.pdf")
    org.springframework.http.ResponseEntity<byte[]> noticePdf(@PathVariable long id,
            @AuthenticationPrincipal SignedInUser user, Model model, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, Locale locale) {
        Notice n = notice(id, user);
        model.addAttribute("notice", n);
        byte[] body = pdf.render("casework/notice-pdf", "casework/notice",
                messages.getMessage("school.notice.title", null, locale), model.asMap(), request, response, locale);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("decision-notice-" + n.status().reference() + ".pdf").build().toString())
                .body(body);
    }

    private String again(Model model, Notice n, String reason, String field, String message) {
        model.addAttribute("notice", n);
        model.addAttribute("reason", reason == null ? "" : reason);
        String anchor = "state".equals(field) ? "dispute-form" : "reason";
        model.addAttribute("errorSummary", ErrorSummary.of(anchor, message));
        model.addAttribute("reasonError", "state".equals(field) ? null : message);
        model.addAttribute("stateError", "state".equals(field) ? message : null);
        return "casework/dispute";
    }

    /** The assessment in the user's scope, with its case's decision; not found when either is missing. */
    Notice notice(long id, SignedInUser user) {
        AssessmentView a;
        try {
            a = assessments.get(PupilAccess.scope(user), id);
        } catch (NotFound e) {
            throw new NotFound("casework.notFound.case", id);
        }
        CaseStatus status = statuses.forAssessment(a.id()).filter(s -> s.decision() != null)
                .orElseThrow(() -> new NotFound("casework.notFound.case", id));
        PupilSummary pupil = pupils.summary(PupilAccess.scope(user), a.pupilId())
                .orElseThrow(() -> new NotFound("casework.notFound.case", id));
        SettingDetails setting = settings.details(a.settingId()).orElseThrow(() -> new NotFound("casework.notFound.case", id));
        return new Notice(setting, pupil, a, status, workflow.disputeWindowDays());
    }
}
