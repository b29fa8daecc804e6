package uk.openband.agreements.internal.web;

import uk.openband.platform.Refused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.agreements.AcademicYearView;
import uk.openband.agreements.PaymentMethodKind;
import uk.openband.agreements.PaymentSettings;
import uk.openband.agreements.PaymentSettingsView;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.input.DateInput;

/**
 * The LA's payment method (termly, monthly or daily), whether published termly amounts are paid,
 * and the term dates and weights of each academic year. Saving works out every agreement's
 * payment lines again; when that fails nothing is saved and the page says why.
 */
@Controller
@RequestMapping("/funding/payment-settings")
class PaymentSettingsController {

    /** One academic year's row as typed (or as stored), for the form. */
    public record YearRow(int startYear, DateInput springStart, DateInput summerStart, String autumnWeight,
            String springWeight, String summerWeight) {

        public String prefix() {
            return "y" + startYear;
        }

        public String name() {
            return startYear + " to " + (startYear + 1);
        }

        static YearRow of(AcademicYearView y) {
            return new YearRow(y.startYear(), DateInput.of(y.springStart()), DateInput.of(y.summerStart()),
                    Integer.toString(y.autumnWeight()), Integer.toString(y.springWeight()),
                    Integer.toString(y.summerWeight()));
        }
    }

    /** A choice of method for the radios. */
    public record MethodOption(String value, String text) {
    }

    /** The chosen method, bound to the GOV.UK radios. */
    public static final class MethodForm {
        private final String method;

        MethodForm(String method) {
            this.method = method;
        }

        public String getMethod() {
            return method;
        }
    }

    private final PaymentSettings settings;
    private final MessageSource messages;

    PaymentSettingsController(PaymentSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model, Locale locale) {
        PaymentSettingsView s = settings.current();
        return page(model, locale, s.method().name(), s.useTermlyAmount(), s.version(),
                s.years().stream().map(YearRow::of).toList(), Map.of());
    }

    @PostMapping
    String save(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        PaymentSettingsView current = settings.current();
        Map<String, String> errors = new LinkedHashMap<>();
        String methodText = value(form, "method");
        PaymentMethodKind method = null;
        try {
            method = PaymentMethodKind.valueOf(methodText);
        } catch (IllegalArgumentException e) {
            errors.put("method", messages.getMessage("funding.settings.error.method", null, locale));
        }
        boolean useTermly = "true".equals(value(form, "useTermlyAmount"));
        long version;
        try {
            version = Long.parseLong(value(form, "version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        List<YearRow> rows = new ArrayList<>();
        List<AcademicYearView> years = new ArrayList<>();
        List<Integer> startYears = new ArrayList<>(current.years().stream().map(AcademicYearView::startYear).toList());
        if ("true".equals(value(form, "addYear"))) {
            AcademicYearView next = settings.nextStandardYear();
            if (!startYears.contains(next.startYear())) {
                startYears.add(next.startYear());
            }
        }
        for (int year : startYears) {
            String p = "y" + year;
            boolean fromForm = form.containsKey(p + "-springStart-day");
            AcademicYearView standard = current.years().stream().filter(y -> y.startYear() == year).findFirst()
                    .orElseGet(settings::nextStandardYear);
            YearRow row = fromForm ? new YearRow(year, DateInput.from(form, p + "-springStart"),
                    DateInput.from(form, p + "-summerStart"), value(form, p + "-autumnWeight"),
                    value(form, p + "-springWeight"), value(form, p + "-summerWeight"))
                    : YearRow.of(standard);
            rows.add(row);
            Integer[] w = {weight(row.autumnWeight()), weight(row.springWeight()), weight(row.summerWeight())};
            if (w[0] == null || w[1] == null || w[2] == null) {
                errors.put(p + "-weights", messages.getMessage("funding.settings.error.weights",
                        new Object[] {row.name()}, locale));
            }
            LocalDate2 spring = date(row.springStart(), p + "-springStart", "funding.settings.error.springDate", row,
                    errors, locale);
            LocalDate2 summer = date(row.summerStart(), p + "-summerStart", "funding.settings.error.summerDate", row,
                    errors, locale);
            years.add(new AcademicYearView(year, spring.value(), summer.value(), w[0] == null ? 0 : w[0],
                    w[1] == null ? 0 : w[1], w[2] == null ? 0 : w[2]));
        }
        if (!errors.isEmpty()) {
            for (Refused.Problem p : PaymentSettings.check(method, years)) {
                errors.putIfAbsent(p.field(), messages.getMessage(p, locale));
            }
        } else {
            try {
                int count = settings.save(method, useTermly, years, version, user.getUsername());
                redirect.addFlashAttribute("banner", messages.getMessage("funding.settings.saved",
                        new Object[] {Integer.toString(count)}, locale));
                return "redirect:/funding/payment-settings";
            } catch (Refused e) {
                for (Refused.Problem p : e.problems()) {
                    errors.putIfAbsent(p.field(), messages.getMessage(p, locale));
                }
            }
        }
        return page(model, locale, methodText, useTermly, current.version(), rows, errors);
    }

    /** A date as typed: the date, or null with an error recorded. */
    private record LocalDate2(java.time.LocalDate value) {
    }

    private LocalDate2 date(DateInput parts, String field, String message, YearRow row, Map<String, String> errors,
            Locale locale) {
        java.time.LocalDate d = parts.toDate();
        if (d == null) {
            errors.put(field, messages.getMessage(message, new Object[] {row.name()}, locale));
        }
        return new LocalDate2(d);
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }

    private static Integer weight(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String page(Model model, Locale locale, String method, boolean useTermly, long version,
            List<YearRow> rows, Map<String, String> errors) {
        List<ErrorSummary.Entry> entries = new ArrayList<>();
        errors.forEach((field, message) -> entries.add(new ErrorSummary.Entry("#" + anchor(field, rows), message)));
        MethodForm methodForm = new MethodForm(method);
        org.springframework.validation.BindingResult bound =
                new org.springframework.validation.BeanPropertyBindingResult(methodForm, "methodForm");
        if (errors.containsKey("method")) {
            bound.rejectValue("method", "funding.settings.error.method", errors.get("method"));
        }
        model.addAttribute("methodForm", methodForm);
        model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "methodForm", bound);
        model.addAttribute("methods", List.of(PaymentMethodKind.values()).stream()
                .map(m -> new MethodOption(m.name(), messages.getMessage("funding.settings.method." + m, null, locale)))
                .toList());
        model.addAttribute("useTermly", useTermly);
        model.addAttribute("version", version);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", new ErrorSummary(entries));
        model.addAttribute("nextYear", settings.nextStandardYear());
        return "funding/payment-settings";
    }

    private static String anchor(String field, List<YearRow> rows) {
        if (field.endsWith("-springStart") || field.endsWith("-summerStart")) {
            return field + "-day";
        }
        if (field.endsWith("-weights")) {
            return field.substring(0, field.length() - "-weights".length()) + "-autumnWeight";
        }
        if (field.equals("years")) {
            return rows.isEmpty() ? "method" : "years";
        }
        return field;
    }
}
