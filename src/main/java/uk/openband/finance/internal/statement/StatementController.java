package uk.openband.finance.internal.statement;

import uk.openband.agreements.PaymentSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import uk.openband.directory.SettingDetails;
import uk.openband.directory.SettingDirectory;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.agreements.schedule.PaymentPeriod;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.PdfDocuments;

/**
 * Funding statements: what a setting is paid for a period, as a page, CSV and PDF. A SENCO sees only
 * their own setting's (any other setting is "page not found", whatever the address); LA staff who work
 * with funding (finance officers, case officers, SEND managers, administrators) choose any setting.
 */
@Controller
@RequestMapping("/funding/statements")
class StatementController {

    private final Statements statements;
    private final PaymentSettings terms;
    private final SettingDirectory settings;
    private final MessageSource messages;
    private final PdfDocuments pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatementController(Statements statements, PaymentSettings terms, SettingDirectory settings, MessageSource messages,
            PdfDocuments pdf, ApplicationEventPublisher events, Clock clock) {
        this.statements = statements;
        this.terms = terms;
        this.settings = settings;
        this.messages = messages;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** A choice in a select or radios. */
    public record Option(String value, String text) {
    }

    @InitBinder("periodForm")
    void periodFields(WebDataBinder binder) {
        binder.setAllowedFields(PeriodForm.FIELDS.toArray(String[]::new));
    }

    /** A SENCO goes straight to their setting's statement; LA staff find a setting. */
    @GetMapping
    String choose(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "1") int page, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        if (user.is(Role.SENCO)) {
            if (user.settingId() == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return "redirect:/funding/statements/" + user.settingId();
        }
        Page<SettingDetails> found = settings.search(q, page);
        String base = UriComponentsBuilder.fromPath("/funding/statements").queryParamIfPresent("q",
                Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().build().toUriString();
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("pageBase", base + (base.contains("?") ? "&" : "?"));
        return "funding/statement-choose";
    }

    @GetMapping("/{settingId}")
    String page(@PathVariable long settingId, @ModelAttribute("periodForm") PeriodForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        SettingDetails setting = visibleSetting(settingId, user);
        PeriodForm shown = form.isEmpty() ? PeriodForm.wholeYear(FinancialYear.containing(LocalDate.now(clock)))
                : form;
        BindingResult checked = form.isEmpty() ? new BeanPropertyBindingResult(shown, "periodForm") : result;
        Optional<PaymentPeriod> period = shown.resolve(terms, checked);
        model.addAttribute("periodForm", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "periodForm", checked);
        model.addAttribute("setting", setting);
        model.addAttribute("kinds", kindOptions(locale));
        model.addAttribute("years", yearOptions(shown));
        model.addAttribute("terms", termOptions(locale));
        model.addAttribute("months", monthOptions(locale));
        if (period.isEmpty()) {
            model.addAttribute("errorSummary", ErrorSummary.from(checked, messages, locale, PeriodForm.FIELDS));
            return "funding/statement";
        }
        Statement statement = statements.forSetting(setting, period.get());
        events.publishEvent(new StatementRead(setting.id(), period.get().code(), "HTML"));
        model.addAttribute("statement", statement);
        model.addAttribute("linkPupils", true);
        model.addAttribute("downloadQuery", query(shown));
        return "funding/statement";
    }

    @GetMapping("/{settingId}/csv")
    ResponseEntity<byte[]> csv(@PathVariable long settingId, @ModelAttribute("periodForm") PeriodForm form,
            BindingResult result, @AuthenticationPrincipal SignedInUser user) {
        SettingDetails setting = visibleSetting(settingId, user);
        Optional<PaymentPeriod> period = form.resolve(terms, result);
        if (period.isEmpty()) {
            return backToPage(settingId, form);
        }
        Statement statement = statements.forSetting(setting, period.get());
        events.publishEvent(new StatementRead(setting.id(), period.get().code(), "CSV"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(setting, period.get(), "csv"))
                .body(StatementCsv.write(statement));
    }

    @GetMapping("/{settingId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long settingId, @ModelAttribute("periodForm") PeriodForm form,
            BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        SettingDetails setting = visibleSetting(settingId, user);
        Optional<PaymentPeriod> period = form.resolve(terms, result);
        if (period.isEmpty()) {
            return backToPage(settingId, form);
        }
        Statement statement = statements.forSetting(setting, period.get());
        events.publishEvent(new StatementRead(setting.id(), period.get().code(), "PDF"));
        model.addAttribute("statement", statement);
        byte[] body = pdf.render("funding/statement-pdf", "funding/statement-body",
                messages.getMessage("statement.title", null, locale), model.asMap(), request, response, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(setting, period.get(), "pdf"))
                .body(body);
    }

    /** The setting, when the user may see its statement; otherwise "page not found", as if it did not exist. */
    private SettingDetails visibleSetting(long settingId, SignedInUser user) {
        if (user.is(Role.SENCO) && (user.settingId() == null || user.settingId() != settingId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return settings.details(settingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> backToPage(long settingId, PeriodForm form) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, "/funding/statements/" + settingId + "?" + query(form)).build();
    }

    private static String attachment(SettingDetails setting, PaymentPeriod period, String extension) {
        return ContentDisposition.attachment()
                .filename("funding-statement-" + setting.urn() + "-" + period.code() + "." + extension).build()
                .toString();
    }

    /** The form's fields as a query string, for the download links. */
    static String query(PeriodForm form) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "kind", form.getKind());
        add(b, "year", form.getYear());
        add(b, "term", form.getTerm());
        add(b, "month", form.getMonth());
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }

    private List<Option> kindOptions(Locale locale) {
        return java.util.stream.Stream.of(PaymentPeriod.Kind.FINANCIAL_YEAR, PaymentPeriod.Kind.TERM,
                        PaymentPeriod.Kind.MONTH)
                .map(k -> new Option(k.name(), messages.getMessage("statement.kind." + k.name(), null, locale)))
                .toList();
    }

    /** The financial years around this one, and the one asked for if it is further away. */
    private List<Option> yearOptions(PeriodForm form) {
        int current = FinancialYear.containing(LocalDate.now(clock)).startYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current + 1; y >= current - 3; y--) {
            years.add(y);
        }
        form.financialYear().map(FinancialYear::startYear).filter(y -> !years.contains(y)).ifPresent(years::add);
        years.sort(java.util.Comparator.reverseOrder());
        return years.stream().map(y -> new Option(Integer.toString(y), new FinancialYear(y).label())).toList();
    }

    private List<Option> termOptions(Locale locale) {
        return PeriodForm.TERMS.stream()
                .map(t -> new Option(t, messages.getMessage("statement.term." + t, null, locale))).toList();
    }

    /** April to March: the months of a financial year, in its order. */
    private static List<Option> monthOptions(Locale locale) {
        List<Option> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Month m = Month.APRIL.plus(i);
            months.add(new Option(Integer.toString(m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.UK)));
        }
        return months;
    }
}
