package uk.openband.rollover.internal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.rollover.internal.RolloverModel.Preview;
import uk.openband.rollover.internal.RolloverModel.Request;
import uk.openband.rollover.RolloverOptions;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;

/**
 * Tariff roll-over pages: choose a published table version, date and policy; preview every
 * agreement's old and new amount with the cost change by setting; apply (administrators only).
 * SEND managers may open the form and previews, and read applied runs.
 */
@Controller
@RequestMapping("/rollovers")
class RolloverController {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A choice in the table list. */
    public record TableOption(String id, String text) {
    }

    /** A policy radio. */
    public record PolicyOption(String value, String text) {
    }

    private final RolloverService rollovers;
    private final RolloverRuns runs;
    private final FrameworkCatalogue catalogue;
    private final MessageSource messages;

    RolloverController(RolloverService rollovers, RolloverRuns runs, FrameworkCatalogue catalogue,
            MessageSource messages) {
        this.rollovers = rollovers;
        this.runs = runs;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @InitBinder("rolloverForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(RolloverForm.BOUND.toArray(String[]::new));
    }

    /** The form, filled in from the address when "Change the roll-over" leads back to it. */
    @GetMapping
    String form(@ModelAttribute("rolloverForm") RolloverForm form, BindingResult ignored, Model model,
            Locale locale) {
        return formPage(model, locale, ErrorSummary.empty());
    }

    @GetMapping("/preview")
    String preview(@Valid @ModelAttribute("rolloverForm") RolloverForm form, BindingResult result, Model model,
            Locale locale, @AuthenticationPrincipal SignedInUser user) {
        Request request = request(form, result, locale);
        if (request == null) {
            return formPage(model, locale, ErrorSummary.from(result, messages, locale, RolloverForm.FIELDS));
        }
        return previewPage(model, form, rollovers.preview(request), user, ErrorSummary.empty(), null);
    }

    @PostMapping("/apply")
    String apply(@Valid @ModelAttribute("rolloverForm") RolloverForm form, BindingResult result, Model model, Locale locale,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Request request = request(form, result, locale);
        if (request == null) {
            return formPage(model, locale, ErrorSummary.from(result, messages, locale, RolloverForm.FIELDS));
        }
        if (!form.isConfirm()) {
            result.rejectValue("confirm", "rollover.confirm.required");
            return previewPage(model, form, rollovers.preview(request), user,
                    ErrorSummary.from(result, messages, locale, RolloverForm.FIELDS), null);
        }
        try {
            long runId = rollovers.apply(request, String.valueOf(form.getFingerprint()), user.getUsername());
            redirect.addFlashAttribute("banner", messages.getMessage("rollover.applied", null, locale));
            return "redirect:/rollovers/runs/" + runId;
        } catch (RolloverExceptions.AlreadyApplied e) {
            redirect.addFlashAttribute("banner", messages.getMessage("rollover.alreadyApplied", null, locale));
            return "redirect:/rollovers/runs/" + e.runId();
        } catch (RolloverExceptions.Changed e) {
            form.setConfirm(false);
            return previewPage(model, form, e.fresh(), user, ErrorSummary.empty(),
                    messages.getMessage("rollover.changed", null, locale));
        } catch (RolloverExceptions.NothingToApply e) {
            return previewPage(model, form, rollovers.preview(request), user,
                    ErrorSummary.of("main-content", messages.getMessage("rollover.nothing", null, locale)), null);
        } catch (RolloverExceptions.Failed e) {
            String cause = e.getCause() == null || e.getCause().getMessage() == null ? ""
                    : e.getCause().getMessage().lines().findFirst().orElse("");
            if (cause.length() > 300) {
                cause = cause.substring(0, 300);
            }
            form.setConfirm(false);
            return previewPage(model, form, rollovers.preview(request), user,
                    ErrorSummary.of("main-content", messages.getMessage("rollover.failed",
                            new Object[] {e.reference(), cause}, locale)), null);
        }
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "funding/rollover-run";
    }

    /** The request the form describes, or null with errors on the binding result. */
    private Request request(RolloverForm form, BindingResult result, Locale locale) {
        Long tableId = form.tableId(result);
        Optional<VersionSummary> version = Optional.empty();
        if (tableId != null) {
            version = publishedTables().stream().filter(v -> v.id() == tableId).findFirst();
            if (version.isEmpty()) {
                result.rejectValue("table", "rollover.table.unknown");
            }
        }
        LocalDate date = null;
        if (!form.getEffectiveFrom().isBlank()) {
            date = form.getEffectiveFrom().toDate();
        } else if (version.isPresent()) {
            date = version.get().effectiveFrom();
        }
        if (date != null && version.isPresent()) {
            VersionSummary v = version.get();
            if (date.isBefore(v.effectiveFrom())) {
                result.rejectValue("effectiveFrom", "rollover.effectiveFrom.beforeTable",
                        new Object[] {LONG_DATE.format(v.effectiveFrom())}, null);
            } else if (v.effectiveTo() != null && date.isAfter(v.effectiveTo())) {
                result.rejectValue("effectiveFrom", "rollover.effectiveFrom.afterTable",
                        new Object[] {LONG_DATE.format(v.effectiveTo())}, null);
            }
        }
        RolloverOptions options = form.options(result);
        if (result.hasErrors() || version.isEmpty() || date == null || options == null) {
            return null;
        }
        BandingTable table = catalogue.banding(version.get().key(), version.get().version()).orElse(null);
        if (table == null) {
            result.rejectValue("table", "rollover.table.unknown");
            return null;
        }
        form.showDate(date);
        return new Request(table, date, options);
    }

    private List<VersionSummary> publishedTables() {
        return catalogue.publishedBandingVersions().stream().filter(VersionSummary::isPublished).toList();
    }

    private String formPage(Model model, Locale locale, ErrorSummary summary) {
        model.addAttribute("tables", publishedTables().stream()
                .map(v -> new TableOption(Long.toString(v.id()), messages.getMessage("rollover.tableOption",
                        new Object[] {v.name(), v.version(), LONG_DATE.format(v.effectiveFrom())}, locale)))
                .toList());
        model.addAttribute("policies", List.of(
                new PolicyOption("PROTECTED", messages.getMessage("rollover.policy.PROTECTED", null, locale)),
                new PolicyOption("MOVE", messages.getMessage("rollover.policy.MOVE", null, locale))));
        model.addAttribute("runs", runs.recent(20));
        model.addAttribute("errorSummary", summary);
        return "funding/rollover";
    }

    private String previewPage(Model model, RolloverForm form, Preview preview, SignedInUser user,
            ErrorSummary summary, String warning) {
        model.addAttribute("rolloverForm", form);
        model.addAttribute("preview", preview);
        model.addAttribute("fingerprint", preview.fingerprint());
        model.addAttribute("canApply", user.role() == Role.ADMIN && preview.hasChanges());
        model.addAttribute("errorSummary", summary);
        model.addAttribute("warning", warning);
        return "funding/rollover-preview";
    }
}
