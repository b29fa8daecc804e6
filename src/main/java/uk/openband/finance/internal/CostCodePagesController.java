package uk.openband.finance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.common.SettingCategory;
import uk.openband.finance.CostCode;
import uk.openband.finance.CostCodes;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;

/** The cost centre and account code of each setting category: finance officers change them, administrators read. */
@Controller
@RequestMapping("/finance/cost-codes")
class CostCodePagesController {

    /** One category's inputs: ids {@code costCentre-MAINSTREAM} and {@code accountCode-MAINSTREAM}. */
    public record Row(String category, String label, String costCentre, String accountCode, String costCentreError,
            String accountCodeError) {
    }

    private final CostCodes costCodes;
    private final MessageSource messages;

    CostCodePagesController(CostCodes costCodes, MessageSource messages) {
        this.costCodes = costCodes;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<Row> rows = costCodes.costCodes().stream().map(c -> new Row(c.category().name(), c.categoryLabel(),
                c.costCentre(), c.accountCode(), null, null)).toList();
        return page(user, model, rows, ErrorSummary.empty());
    }

    @PostMapping
    String save(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInUser user, Model model,
            Locale locale, RedirectAttributes redirect) {
        List<Row> rows = new ArrayList<>();
        List<CostCode> codes = new ArrayList<>();
        List<ErrorSummary.Entry> errors = new ArrayList<>();
        for (SettingCategory c : SettingCategory.values()) {
            String centre = trim(params.get("costCentre-" + c.name()));
            String account = trim(params.get("accountCode-" + c.name()));
            String centreError = error(centre, "costCode.costCentre", c, locale);
            String accountError = error(account, "costCode.accountCode", c, locale);
            if (centreError != null) {
                errors.add(new ErrorSummary.Entry("#costCentre-" + c.name(), centreError));
            }
            if (accountError != null) {
                errors.add(new ErrorSummary.Entry("#accountCode-" + c.name(), accountError));
            }
            rows.add(new Row(c.name(), c.label(), centre, account, centreError, accountError));
            codes.add(new CostCode(c, centre, account));
        }
        if (!errors.isEmpty()) {
            return page(user, model, rows, new ErrorSummary(errors));
        }
        costCodes.saveCostCodes(codes, user.getUsername());
        redirect.addFlashAttribute("banner", messages.getMessage("costCode.saved", null, locale));
        return "redirect:/finance/cost-codes";
    }

    private String error(String value, String prefix, SettingCategory category, Locale locale) {
        if (value == null || value.isEmpty()) {
            return messages.getMessage(prefix + ".required", new Object[] {category.labelInSentence()}, locale);
        }
        if (!CostCodes.validCode(value)) {
            return messages.getMessage(prefix + ".invalid", new Object[] {category.labelInSentence()}, locale);
        }
        return null;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private String page(SignedInUser user, Model model, List<Row> rows, ErrorSummary summary) {
        model.addAttribute("rows", rows);
        model.addAttribute("canEdit", user.is(Role.FINANCE_OFFICER));
        model.addAttribute("errorSummary", summary);
        return "funding/cost-codes";
    }
}
