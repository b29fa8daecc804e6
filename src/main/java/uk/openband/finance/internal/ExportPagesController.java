package uk.openband.finance.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import uk.openband.finance.ExportBatch;
import uk.openband.finance.ExportKind;
import uk.openband.finance.ExportNotFoundException;
import uk.openband.finance.ExportRejectedException;
import uk.openband.finance.BatchDownloads;
import uk.openband.finance.CostCodes;
import uk.openband.finance.ExportBatches;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;

/**
 * Finance officers make export batches and download them; administrators read them. The batch page shows
 * progress while it is made (refreshed by a small script, or the person's own refresh without JavaScript).
 */
@Controller
@RequestMapping("/finance/exports")
class ExportPagesController {

    private final ExportBatches exports;
    private final CostCodes costCodes;
    private final BatchDownloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    ExportPagesController(ExportBatches exports, CostCodes costCodes, BatchDownloads downloads,
            MessageSource messages, Clock clock) {
        this.exports = exports;
        this.costCodes = costCodes;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("exportForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(ExportForm.BOUND.toArray(String[]::new));
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        ExportForm form = new ExportForm();
        form.setKind(ExportKind.CHANGES.name());
        model.addAttribute("exportForm", form);
        return page(user, model, locale, ErrorSummary.empty(), false);
    }

    @PostMapping
    String create(@ModelAttribute("exportForm") ExportForm form, BindingResult result,
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        if (form.getPeriod() == null || form.getPeriod().isBlank()) {
            result.rejectValue("period", "export.period.required");
        }
        ExportKind kind = null;
        try {
            kind = form.getKind() == null ? null : ExportKind.valueOf(form.getKind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            result.rejectValue("kind", "export.kind.required");
        }
        boolean askConfirm = false;
        if (!result.hasErrors()) {
            try {
                ExportBatch batch = exports.start(form.getPeriod().trim(), kind, form.isConfirmRepeat(),
                        user.getUsername());
                return "redirect:/finance/exports/" + batch.id();
            } catch (ExportRejectedException e) {
                result.rejectValue(e.field(), e.code(), e.args(), e.getMessage());
                askConfirm = "confirmRepeat".equals(e.field());
            }
        }
        return page(user, model, locale, ErrorSummary.from(result, messages, locale, ExportForm.FIELDS), askConfirm);
    }

    private String page(SignedInUser user, Model model, Locale locale, ErrorSummary summary, boolean askConfirm) {
        List<ExportBatch> all = exports.list();
        model.addAttribute("issued", all.stream().filter(ExportBatch::isIssued).map(b -> ExportViews.of(b, clock.getZone())).toList());
        model.addAttribute("others", all.stream().filter(b -> !b.isIssued()).map(b -> ExportViews.of(b, clock.getZone())).toList());
        model.addAttribute("canCreate", user.is(Role.FINANCE_OFFICER));
        model.addAttribute("costCodesMissing", !costCodes.missing().isEmpty());
        model.addAttribute("kinds", List.of(
                new ExportViews.Option("CHANGES", messages.getMessage("export.kind.CHANGES", null, locale)),
                new ExportViews.Option("FULL", messages.getMessage("export.kind.FULL", null, locale))));
        model.addAttribute("askConfirm", askConfirm);
        model.addAttribute("errorSummary", summary);
        return "funding/exports";
    }

    @GetMapping("/{id:\\d+}")
    String batch(@PathVariable long id, Model model) {
        ExportBatch batch = exports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("b", ExportViews.of(batch, clock.getZone()));
        return "funding/export";
    }

    @GetMapping("/{id:\\d+}.csv")
    void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
        download(id, "csv", response);
    }

    @GetMapping("/{id:\\d+}.xlsx")
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        download(id, "xlsx", response);
    }

    /** The file as issued, with its checksum in a header too. */
    static void download(long id, String format, HttpServletResponse response, ExportBatches exports,
            BatchDownloads downloads) throws IOException {
        ExportBatch batch = exports.find(id).filter(ExportBatch::isIssued)
                .orElseThrow(() -> new ExportNotFoundException(id));
        response.setContentType(BatchDownloads.writer(format).contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(BatchDownloads.fileName(batch, format)).build().toString());
        response.setContentLengthLong("csv".equals(format) ? batch.csvBytes() : batch.xlsxBytes());
        response.setHeader("X-Checksum-SHA256", "csv".equals(format) ? batch.csvSha256() : batch.xlsxSha256());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        downloads.download(id, format, response.getOutputStream());
    }

    private void download(long id, String format, HttpServletResponse response) throws IOException {
        try {
            download(id, format, response, exports, downloads);
        } catch (ExportNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
