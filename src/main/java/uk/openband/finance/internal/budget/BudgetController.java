package uk.openband.finance.internal.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;

/**
 * The high needs budget page: committed spend against the budget by setting category and month, with
 * the projected year-end; finance officers record the budget.
 */
@Controller
@RequestMapping("/funding/budget")
class BudgetController {

    private final BudgetReport report;
    private final Budgets budgets;
    private final MessageSource messages;
    private final Clock clock;

    BudgetController(BudgetReport report, Budgets budgets, MessageSource messages, Clock clock) {
        this.report = report;
        this.budgets = budgets;
        this.messages = messages;
        this.clock = clock;
    }

    /** A financial year to choose. */
    public record YearOption(String value, String text) {
    }

    @InitBinder("budgetForm")
    void budgetFields(WebDataBinder binder) {
        List<String> allowed = new ArrayList<>(BudgetForm.FIELDS);
        allowed.add("year");
        binder.setAllowedFields(allowed.toArray(String[]::new));
    }

    @GetMapping
    String page(@RequestParam(name = "year", required = false) String year,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        FinancialYear fy = year == null || year.isBlank() ? FinancialYear.containing(today) : parse(year);
        model.addAttribute("view", report.forYear(fy, today));
        model.addAttribute("years", years(fy));
        model.addAttribute("canEdit", user.is(Role.FINANCE_OFFICER));
        return "funding/budget";
    }

    @GetMapping("/edit")
    String edit(@RequestParam(name = "year", required = false) String year, Model model) {
        FinancialYear fy = year == null || year.isBlank() ? FinancialYear.containing(LocalDate.now(clock))
                : parse(year);
        model.addAttribute("budgetForm", BudgetForm.of(fy.startYear(), budgets.forYear(fy)));
        return form(model, fy, ErrorSummary.empty());
    }

    @PostMapping("/edit")
    String save(@ModelAttribute("budgetForm") BudgetForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect) {
        FinancialYear fy = parse(form.getYear());
        Map<SettingCategory, BigDecimal> amounts = form.amounts(result);
        if (result.hasErrors()) {
            return form(model, fy, ErrorSummary.from(result, messages, locale, BudgetForm.FIELDS));
        }
        budgets.record(fy, amounts, user.getUsername());
        redirect.addFlashAttribute("banner", messages.getMessage("budget.saved", new Object[] {fy.label()}, locale));
        return "redirect:/funding/budget?year=" + fy.startYear();
    }

    private String form(Model model, FinancialYear fy, ErrorSummary summary) {
        model.addAttribute("year", fy);
        model.addAttribute("fields", BudgetForm.FIELD);
        model.addAttribute("errorSummary", summary);
        return "funding/budget-edit";
    }

    /** A financial year from the address; anything else is "page not found". */
    private static FinancialYear parse(String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int y = Integer.parseInt(year.strip());
        if (y < 2000 || y > 2199) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new FinancialYear(y);
    }

    private List<YearOption> years(FinancialYear shown) {
        int current = FinancialYear.containing(LocalDate.now(clock)).startYear();
        List<Integer> ys = new ArrayList<>();
        for (int y = current + 1; y >= current - 3; y--) {
            ys.add(y);
        }
        if (!ys.contains(shown.startYear())) {
            ys.add(shown.startYear());
        }
        ys.sort(java.util.Comparator.reverseOrder());
        return ys.stream().map(y -> new YearOption(Integer.toString(y), new FinancialYear(y).label())).toList();
    }
}
