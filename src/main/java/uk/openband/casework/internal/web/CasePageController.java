package uk.openband.casework.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.Conflict;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.input.DateCheck;
import uk.openband.platform.web.input.DateInput;
import uk.openband.platform.web.input.InputMessages;

/**
 * The officer's actions on a case, each a form on the case page: assign, return for
 * information, decide under delegation, list for a panel, withdraw. Success redirects back to
 * the case with a banner; a refused action shows the case again with the GOV.UK error pattern
 * and what was typed, and nothing is saved.
 */
@Controller
class CasePageController {

    private final CaseWorkflow workflow;
    private final CaseDecisions decisions;
    private final CasePageModel page;
    private final MessageSource messages;
    private final InputMessages inputs;

    CasePageController(CaseWorkflow workflow, CaseDecisions decisions, CasePageModel page, MessageSource messages,
            InputMessages inputs) {
        this.inputs = inputs;
        this.workflow = workflow;
        this.decisions = decisions;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return page.fill(id, user, model, Map.of(), new LinkedHashMap<>());
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String officer,
            @RequestParam(defaultValue = "other") String to, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect, Locale locale) {
        String who = "me".equals(to) ? user.getUsername() : officer;
        return act(id, user, model, redirect, locale, Map.of("officer", who == null ? "" : who), "case.banner.assigned",
                () -> workflow.assign(id, version, who));
    }

    @PostMapping("/cases/{id}/return-for-information")
    String returnForInformation(@PathVariable long id, @RequestParam long version,
            @RequestParam(defaultValue = "") String message, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect, Locale locale) {
        String text = message.replace("\r\n", "\n");
        return act(id, user, model, redirect, locale, Map.of("message", text), "case.banner.returned",
                () -> workflow.returnForInformation(id, version, text, user.getUsername()));
    }

    @PostMapping("/cases/{id}/list-for-panel")
    String listForPanel(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        return act(id, user, model, redirect, locale, Map.of(), "case.banner.listed",
                () -> workflow.listForPanel(id, version));
    }

    @PostMapping("/cases/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect, Locale locale) {
        String text = reason.replace("\r\n", "\n");
        return act(id, user, model, redirect, locale, Map.of("reason", text), "case.banner.withdrawn",
                () -> workflow.withdraw(id, version, text));
    }

    @PostMapping("/cases/{id}/decide-delegated")
    String decideDelegated(@PathVariable long id, @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String field : List.of("writtenReason", "startPolicy", "endTerms", "chosenStartDate-day",
                "chosenStartDate-month", "chosenStartDate-year", "reviewDate-day", "reviewDate-month", "reviewDate-year")) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field).replace("\r\n", "\n"));
        }
        List<String> codes = form.getOrDefault("reasonCodes", List.of());
        typed.put("reasonCodes", codes);
        List<Refused.Problem> problems = new ArrayList<>();
        Map<String, String> inputErrors = new LinkedHashMap<>();
        StartPolicy policy = CaseQueueController.parse(StartPolicy.class, (String) typed.get("startPolicy"));
        LocalDate chosen = policy == StartPolicy.CHOSEN ? date(form, "chosenStartDate", "case.startDate", inputErrors)
                : null;
        LocalDate review = date(form, "reviewDate", "case.reviewDate", inputErrors);
        Integer terms = null;
        String termsText = ((String) typed.get("endTerms")).strip();
        if (!termsText.isEmpty()) {
            try {
                terms = Integer.valueOf(termsText);
            } catch (NumberFormatException e) {
                problems.add(new Refused.Problem("endTerms", "case.error.endTerms"));
            }
        }
        DecisionRequest request = new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, policy, chosen,
                terms, review, codes, (String) typed.get("writtenReason"), null);
        if (!inputErrors.isEmpty()) {
            return refused(id, user, model, locale, typed, inputErrors, problems);
        }
        return act(id, user, model, redirect, locale, typed, "case.banner.decided", () -> {
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            decisions.decideUnderDelegation(id, version, request, user.getUsername());
        });
    }

    private String act(long id, SignedInUser user, Model model, RedirectAttributes redirect, Locale locale,
            Map<String, ?> typed, String banner, Runnable action) {
        try {
            action.run();
        } catch (NotFound e) {
            throw e;
        } catch (Conflict e) {
            model.addAttribute("errorSummary", ErrorSummary.of("case-actions", messages.getMessage(e, locale)));
            return page.fill(id, user, model, Map.of(), new LinkedHashMap<>());
        } catch (Refused e) {
            return refused(id, user, model, locale, typed, Map.of(), e.problems());
        }
        redirect.addFlashAttribute("banner", messages.getMessage(banner, null, locale));
        return "redirect:/cases/" + id;
    }

    /** A refused form: the input kit's messages (already in words) first, then the refusal's problems. */
    private String refused(long id, SignedInUser user, Model model, Locale locale, Map<String, ?> typed,
            Map<String, String> inputErrors, List<Refused.Problem> problems) {
        Map<String, String> errors = new LinkedHashMap<>(inputErrors);
        for (Refused.Problem p : problems) {
            errors.putIfAbsent(p.field(), messages.getMessage(p, locale));
        }
        List<ErrorSummary.Entry> entries = new ArrayList<>();
        errors.forEach((field, message) -> entries.add(new ErrorSummary.Entry("#" + CasePageModel.anchor(field), message)));
        model.addAttribute("errorSummary", new ErrorSummary(List.copyOf(entries)));
        return page.fill(id, user, model, typed, errors);
    }

    /** A GOV.UK date input's boxes as a date; blank is null, and the kit's message on the field when wrong. */
    private LocalDate date(MultiValueMap<String, String> form, String field, String prefix,
            Map<String, String> inputErrors) {
        DateCheck check = DateInput.from(form, field).check();
        if (!check.ok() && check.problem() != DateCheck.Problem.REQUIRED) {
            inputErrors.putIfAbsent(field, inputs.date(prefix, check));
        }
        return check.date();
    }
}
