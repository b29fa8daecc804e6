package uk.openband.casework.internal.web;

import uk.openband.platform.web.Refusals;
import uk.openband.platform.Refused;
import uk.openband.platform.Conflict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFilter;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseQueuePage;
import uk.openband.casework.CaseSort;
import uk.openband.casework.CaseState;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;

/** A SEND manager's list of overrides waiting for approval, each with approve and refuse. */
@Controller
class ApprovalsController {

    private final CaseQueries cases;
    private final CaseDecisions decisions;
    private final MessageSource messages;

    ApprovalsController(CaseQueries cases, CaseDecisions decisions, MessageSource messages) {
        this.cases = cases;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/cases/approvals")
    String list(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal SignedInUser user, Model model) {
        return show(page, user, model, Map.of(), Map.of(), ErrorSummary.empty());
    }

    @PostMapping("/cases/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        try {
            decisions.approve(id, version, user.getUsername(), user.role());
        } catch (Conflict e) {
            return show(1, user, model, Map.of(), Map.of(), ErrorSummary.of("approval-" + id, messages.getMessage(e, locale)));
        } catch (Refused e) {
            return show(1, user, model, Map.of(), Map.of(), ErrorSummary.of("approval-" + id,
                    Refusals.message(e, messages, locale)));
        }
        redirect.addFlashAttribute("banner", messages.getMessage("case.banner.approved", null, locale));
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/refuse-approval")
    String refuse(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
        String field = "reason-" + id;
        String reason = form.getOrDefault(field, "").replace("\r\n", "\n");
        try {
            decisions.refuse(id, version, user.getUsername(), user.role(), reason);
        } catch (Conflict e) {
            return show(1, user, model, Map.of(field, reason), Map.of(), ErrorSummary.of("approval-" + id,
                    messages.getMessage(e, locale)));
        } catch (Refused e) {
            String target = e.isState() ? "approval-" + id : field;
            String message = Refusals.message(e, messages, locale);
            return show(1, user, model, Map.of(field, reason), e.isState() ? Map.of() : Map.of(field, message),
                    ErrorSummary.of(target, message));
        }
        redirect.addFlashAttribute("banner", messages.getMessage("case.banner.refused", null, locale));
        return "redirect:/cases/" + id;
    }

    private String show(int page, SignedInUser user, Model model, Map<String, String> typed, Map<String, String> errors,
            ErrorSummary summary) {
        CaseQueuePage found = cases.queue(CaseFilter.none().withState(CaseState.AWAITING_APPROVAL), CaseSort.OLDEST,
                page);
        List<CaseDetail> waiting = found.rows().stream().map(r -> cases.detail(r.id()).orElse(null))
                .filter(d -> d != null && d.decision() != null).toList();
        model.addAttribute("found", found);
        model.addAttribute("waiting", waiting);
        model.addAttribute("me", user.getUsername());
        model.addAttribute("canApprove", user.role() == uk.openband.identity.Role.SEND_MANAGER);
        model.addAttribute("approvalAmount", decisions.overrideApprovalAmount());
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", summary);
        model.addAttribute("pageBase", "/cases/approvals?");
        return "casework/approvals";
    }
}
