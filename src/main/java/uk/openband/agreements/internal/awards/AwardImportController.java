package uk.openband.agreements.internal.awards;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.agreements.internal.awards.AwardPlan.ImportOptions;
import uk.openband.common.Money;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.input.DateCheck;
import uk.openband.platform.web.input.DateInput;

/**
 * Admins and finance officers import the awards the council already pays: upload and check a file (nothing saved),
 * see the preview, confirm. The checked file waits in the session until confirmed, and is checked again then.
 */
@Controller
@RequestMapping("/admin/imports/awards")
class AwardImportController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private final AwardImport awardImport;
    private final MessageSource messages;
    private final Clock clock;

    AwardImportController(AwardImport awardImport, MessageSource messages, Clock clock) {
        this.awardImport = awardImport;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        if (!model.containsAttribute("paymentsFrom")) {
            model.addAttribute("paymentsFrom", DateInput.of(LocalDate.now(clock)));
        }
        model.addAttribute("arrears", Boolean.TRUE.equals(model.getAttribute("arrears")));
        if (!model.containsAttribute("errorSummary")) {
            model.addAttribute("errorSummary", ErrorSummary.empty());
        }
        return "funding/award-import";
    }

    @PostMapping
    String check(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam MultiValueMap<String, String> form, HttpSession session, Model model, Locale locale)
            throws IOException {
        DateInput paymentsFrom = DateInput.from(form, "paymentsFrom");
        boolean arrears = "true".equals(form.getFirst("arrears"));
        model.addAttribute("paymentsFrom", paymentsFrom);
        model.addAttribute("arrears", arrears);
        List<ErrorSummary.Entry> errors = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            String message = text(locale, "awardImport.file.required");
            model.addAttribute("fileError", message);
            errors.add(new ErrorSummary.Entry("#file", message));
        }
        DateCheck date = paymentsFrom.check();
        if (!date.ok()) {
            String label = text(locale, "awardImport.paymentsFrom.label");
            String message = text(locale, "date." + date.code(), Character.toUpperCase(label.charAt(0))
                    + label.substring(1), label);
            model.addAttribute("paymentsFromError", message);
            errors.add(new ErrorSummary.Entry("#paymentsFrom-" + date.parts().stream().sorted().findFirst()
                    .map(DateInput.Part::id).orElse("day"), message));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errorSummary", new ErrorSummary(errors));
            return "funding/award-import";
        }
        ImportOptions options = new ImportOptions(date.date(), arrears);
        byte[] bytes = file.getBytes();
        AwardPlan plan = awardImport.plan(bytes, file.getOriginalFilename(), options, locale);
        model.addAttribute("plan", plan);
        if (!plan.valid()) {
            String message = plan.fileProblem() != null ? plan.fileProblem()
                    : text(locale, "awardImport.rejected.summary", plan.rowsWithProblems());
            model.addAttribute("fileError", message);
            model.addAttribute("errorSummary", ErrorSummary.of("file", message));
            return "funding/award-import";
        }
        session.setAttribute(PendingAwardImport.SESSION_KEY,
                new PendingAwardImport(bytes, plan.fileName(), plan.sha256(), options));
        if (plan.previousImport() != null) {
            AwardPlan.PreviousImport p = plan.previousImport();
            model.addAttribute("previous", text(locale, "awardImport.previous",
                    WHEN.format(p.at().atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm"), p.by(),
                    p.reference(), p.imported()));
        }
        model.addAttribute("summaryRows", summary(plan, locale));
        if (plan.totals() != null) {
            model.addAttribute("countGroups", List.of(
                    new CountGroup("by-setting", "awardImport.bySetting", plan.totals().bySetting()),
                    new CountGroup("by-band", "awardImport.byBand", plan.totals().byBand()),
                    new CountGroup("by-route", "awardImport.byRoute", plan.totals().byRoute())));
        }
        model.addAttribute("errorSummary", ErrorSummary.empty());
        return "funding/award-import-preview";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(name = "sha256", required = false) String sha256, HttpSession session,
            @AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect, Model model) {
        Object held = session.getAttribute(PendingAwardImport.SESSION_KEY);
        if (!(held instanceof PendingAwardImport pending) || !pending.sha256().equals(sha256)) {
            String message = text(locale, "awardImport.expired");
            model.addAttribute("paymentsFrom", DateInput.of(LocalDate.now(clock)));
            model.addAttribute("arrears", false);
            model.addAttribute("fileError", message);
            model.addAttribute("errorSummary", ErrorSummary.of("file", message));
            return "funding/award-import";
        }
        try {
            AwardImport.Imported done = awardImport.importFile(pending.bytes(), pending.fileName(), pending.options(),
                    user.getUsername(), locale);
            session.removeAttribute(PendingAwardImport.SESSION_KEY);
            List<String> banner = new ArrayList<>();
            if (done.changedNothing()) {
                banner.add(text(locale, "awardImport.nothingChanged"));
            } else {
                banner.add(text(locale, "awardImport.done", done.reference(), done.imported(), done.newPupils(),
                        Money.format(done.annualCost())));
                if (done.alreadyImported() > 0) {
                    banner.add(text(locale, "awardImport.done.skipped", done.alreadyImported()));
                }
            }
            redirect.addFlashAttribute("banner", String.join(". ", banner));
            return "redirect:/admin/imports/awards";
        } catch (AwardImport.AwardFileRefused e) {
            // The data changed since the check (another import, a new agreement): show what is wrong now.
            session.removeAttribute(PendingAwardImport.SESSION_KEY);
            AwardPlan plan = e.plan();
            String message = plan.fileProblem() != null ? plan.fileProblem()
                    : text(locale, "awardImport.rejected.summary", plan.rowsWithProblems());
            model.addAttribute("plan", plan);
            model.addAttribute("paymentsFrom", DateInput.of(pending.options().paymentsFrom()));
            model.addAttribute("arrears", pending.options().arrears());
            model.addAttribute("fileError", message);
            model.addAttribute("errorSummary", ErrorSummary.of("file", message));
            return "funding/award-import";
        }
    }

    /** One of the preview's count tables: its id, its caption's message key, its rows. */
    record CountGroup(String id, String key, List<AwardPlan.Count> counts) {
    }

    /** One row of the preview's summary list: a message key and the value shown. */
    record SummaryRow(String key, String value) {
    }

    private List<SummaryRow> summary(AwardPlan plan, Locale locale) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("awardImport.summary.file", plan.fileName() == null ? "" : plan.fileName()));
        rows.add(new SummaryRow("awardImport.summary.sha256", plan.sha256()));
        rows.add(new SummaryRow("awardImport.summary.rows", Integer.toString(plan.rows())));
        if (plan.previousImport() == null) {
            rows.add(new SummaryRow("awardImport.summary.toImport", Integer.toString(plan.awards().size())));
            rows.add(new SummaryRow("awardImport.summary.alreadyImported",
                    Integer.toString(plan.alreadyImported().size())));
            rows.add(new SummaryRow("awardImport.summary.newPupils", Integer.toString(plan.newPupils().size())));
            rows.add(new SummaryRow("awardImport.summary.annualCost", Money.format(plan.totals().annualCost())));
            rows.add(new SummaryRow("awardImport.summary.lines", Money.format(plan.totals().lines())));
            rows.add(new SummaryRow("awardImport.summary.arrears", Money.format(plan.totals().arrears())));
            rows.add(new SummaryRow("awardImport.summary.legacy", Integer.toString(plan.totals().legacy())));
            rows.add(new SummaryRow("awardImport.summary.tariff", plan.tariff().name() + " " + plan.tariff().version()));
            rows.add(new SummaryRow("awardImport.summary.paymentsFrom", DAY.format(plan.options().paymentsFrom())));
            rows.add(new SummaryRow("awardImport.summary.arrearsAsked",
                    text(locale, plan.options().arrears() ? "awardImport.yes" : "awardImport.no")));
        }
        return rows;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
