package uk.openband.panels.internal;

import uk.openband.platform.web.Refusals;
import uk.openband.platform.Refused;
import uk.openband.platform.NotFound;
import uk.openband.platform.Conflict;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.StartPolicy;
import uk.openband.framework.scoring.MatrixFramework;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.panels.AgendaCaseView;
import uk.openband.panels.MeetingView;
import uk.openband.panels.PanelDecision;
import uk.openband.panels.PanelDecisions;
import uk.openband.panels.PanelMeetings;
import uk.openband.panels.PanelModeration;
import uk.openband.panels.PanelOutcome;
import uk.openband.platform.web.input.InputMessages;

/** One case on a meeting's agenda: the school's answers, moderation, the decision and, for an override, approval. */
@Controller
class AgendaCaseController {

    static final List<String> DECISION_FIELDS = List.of("outcome", "band", "annualAmount", "startPolicy",
            "chosenStartDate", "endTerms", "reviewDate", "reasonCodes", "writtenReason", "overrideReason");
    static final List<String> MODERATION_FIELDS = List.of("domain", "level", "note");

    private final PanelMeetings meetings;
    private final PanelModeration moderation;
    private final PanelDecisions decisions;
    private final CaseDecisions caseDecisions;
    private final MessageSource messages;
    private final InputMessages inputs;

    AgendaCaseController(PanelMeetings meetings, PanelModeration moderation, PanelDecisions decisions,
            CaseDecisions caseDecisions, MessageSource messages, InputMessages inputs) {
        this.inputs = inputs;
        this.meetings = meetings;
        this.moderation = moderation;
        this.decisions = decisions;
        this.caseDecisions = caseDecisions;
        this.messages = messages;
    }

    @InitBinder("decisionForm")
    void decisionFields(WebDataBinder binder) {
        binder.setAllowedFields("itemVersion", "caseVersion", "outcome", "band", "annualAmount", "startPolicy",
                "chosenStartDate.day", "chosenStartDate.month", "chosenStartDate.year", "endTerms", "reviewDate.day",
                "reviewDate.month", "reviewDate.year", "reasonCodes", "writtenReason", "overrideReason");
    }

    @InitBinder("moderationForm")
    void moderationFields(WebDataBinder binder) {
        binder.setAllowedFields("itemVersion", "domain", "level", "note");
    }

    @GetMapping("/panels/{id}/cases/{caseId}")
    String page(@PathVariable long id, @PathVariable long caseId, @AuthenticationPrincipal SignedInUser user,
            Model model, Locale locale) {
        MeetingView m = meetings.visibleTo(user, id);
        return show(m, caseId, user, null, null, null, null, model, locale);
    }

    @PostMapping("/panels/{id}/cases/{caseId}/moderation")
    String moderate(@PathVariable long id, @PathVariable long caseId,
            @ModelAttribute("moderationForm") ModerationForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
        meetings.visibleTo(user, id);
        Integer level = null;
        if (form.getLevel() != null && !form.getLevel().isBlank()) {
            try {
                level = Integer.valueOf(form.getLevel().strip());
            } catch (NumberFormatException e) {
                level = -1;
            }
        }
        try {
            moderation.moderate(id, caseId, form.getItemVersion(), form.getDomain(), level, form.getNote(), user);
            redirect.addFlashAttribute("banner", messages.getMessage("panels.case.moderated", null, locale));
            return "redirect:/panels/" + id + "/cases/" + caseId + "#moderation";
        } catch (Refused e) {
            Refusals.reject(result, MODERATION_FIELDS, e);
        } catch (Conflict e) {
            Refusals.reject(result, e);
        }
        return show(meetings.get(id), caseId, user, form, result, null, null, model, locale);
    }

    @PostMapping("/panels/{id}/cases/{caseId}/decision")
    String decide(@PathVariable long id, @PathVariable long caseId, @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        meetings.visibleTo(user, id);
        PanelDecision decision = DecisionForms.read(form, result, inputs);
        if (!result.hasErrors()) {
            try {
                decisions.record(id, caseId, form.getItemVersion(), form.getCaseVersion(), decision, user);
                redirect.addFlashAttribute("banner", messages.getMessage("panels.case.decided", null, locale));
                return "redirect:/panels/" + id + "/cases/" + caseId;
            } catch (Refused e) {
                Refusals.reject(result, DECISION_FIELDS, e);
            } catch (Conflict e) {
                Refusals.reject(result, e);
            }
        }
        return show(meetings.get(id), caseId, user, null, null, form, result, model, locale);
    }

    @PostMapping("/panels/{id}/cases/{caseId}/approval")
    String approve(@PathVariable long id, @PathVariable long caseId, @RequestParam long caseVersion,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
        meetings.visibleTo(user, id);
        try {
            decisions.approve(id, caseId, caseVersion, user);
            redirect.addFlashAttribute("banner", messages.getMessage("panels.case.approved", null, locale));
            return "redirect:/panels/" + id + "/cases/" + caseId;
        } catch (Refused e) {
            return approvalRefused(m -> Refusals.reject(m, List.of(), e), id, caseId, user, model, locale);
        } catch (Conflict e) {
            return approvalRefused(m -> Refusals.reject(m, e), id, caseId, user, model, locale);
        }
    }

    private String approvalRefused(java.util.function.Consumer<BindingResult> reject, long id, long caseId,
            SignedInUser user, Model model, Locale locale) {
        DecisionForm form = new DecisionForm();
        BindingResult result = new BeanPropertyBindingResult(form, "decisionForm");
        reject.accept(result);
        return show(meetings.get(id), caseId, user, null, null, form, result, model, locale);
    }

    private String show(MeetingView m, long caseId, SignedInUser user, ModerationForm modForm, BindingResult modResult,
            DecisionForm decForm, BindingResult decResult, Model model, Locale locale) {
        AgendaCaseView item = m.agenda().stream().filter(a -> a.caseId() == caseId).findFirst()
                .orElseThrow(() -> new NotFound("panels.notFound.meeting", m.id()));
        AssessmentView a = moderation.assessment(caseId);
        MatrixFramework framework = moderation.framework(a);
        boolean takingPart = user.is(Role.PANEL_MEMBER) && m.isMember(user.getUsername())
                && !item.isRecused(user.getUsername());
        ModerationForm mf = modForm != null ? modForm : new ModerationForm();
        mf.setItemVersion(item.version());
        DecisionForm df = decForm != null ? decForm : new DecisionForm();
        df.setItemVersion(item.version());
        df.setCaseVersion(item.caseVersion());
        BindingResult mr = modResult != null ? modResult : new BeanPropertyBindingResult(mf, "moderationForm");
        BindingResult dr = decResult != null ? decResult : new BeanPropertyBindingResult(df, "decisionForm");
        model.addAttribute("meeting", m);
        model.addAttribute("item", item);
        model.addAttribute("assessment", a);
        model.addAttribute("framework", framework);
        model.addAttribute("result", moderation.result(m.id(), caseId));
        model.addAttribute("recused", item.isRecused(user.getUsername()));
        model.addAttribute("canModerate", takingPart && m.inSession() && item.decidable());
        model.addAttribute("canDecide", takingPart && m.inSession() && item.decidable() && item.quorate());
        model.addAttribute("canApprove", user.is(Role.SEND_MANAGER) && item.awaitingApproval());
        model.addAttribute("moderationForm", mf);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "moderationForm", mr);
        model.addAttribute("decisionForm", df);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decisionForm", dr);
        model.addAttribute("domains", framework.domains().stream()
                .map(d -> new Option(d.code(), d.code() + " " + d.name())).toList());
        model.addAttribute("outcomes", Arrays.stream(PanelOutcome.values())
                .map(o -> new Option(o.name(), messages.getMessage("panels.outcome." + o.name(), null, locale))).toList());
        model.addAttribute("bands", caseDecisions.bandsFor(caseId).stream().map(b -> new Option(b, b)).toList());
        model.addAttribute("startPolicies", Arrays.stream(StartPolicy.values())
                .map(p -> new Option(p.name(), messages.getMessage("panels.start." + p.name(), null, locale))).toList());
        model.addAttribute("reasonCodes", caseDecisions.reasonCodes());
        model.addAttribute("reasonLabels", caseDecisions.reasonCodes().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.code(), r -> r.label())));
        model.addAttribute("overrideApprovalAmount", caseDecisions.overrideApprovalAmount());
        if (modResult != null) {
            Problems.summary(model, mr, messages, locale, MODERATION_FIELDS, List.of());
        } else {
            Problems.summary(model, dr, messages, locale, DECISION_FIELDS, List.of("chosenStartDate", "reviewDate"));
        }
        return "panels/case";
    }
}
