package uk.openband.agreements.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.agreements.AgreementChangeRefusedException;
import uk.openband.agreements.AgreementStatus;
import uk.openband.agreements.AgreementView;
import uk.openband.agreements.FundingAgreements;
import uk.openband.agreements.LineExports;
import uk.openband.agreements.PaymentLineView;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.platform.web.Formats;
import uk.openband.pupils.PupilAccess;

/**
 * A pupil's funding: their agreements, newest first, each with its payment lines; case officers
 * and SEND managers record a leaving date on an active one. A SENCO sees only their own setting's
 * pupils and agreements; any other pupil is "page not found".
 */
@Controller
class PupilFundingController {

    /** One agreement on the page with its lines, their total, and the setting's name. */
    public record AgreementPanel(AgreementView agreement, String settingName, List<PaymentLineView> lines,
            BigDecimal total, boolean canRecordLeaving, String annualText, String termlyText) {

        public String statusColour() {
            return switch (agreement.status()) {
                case ACTIVE -> "green";
                case ENDED -> "grey";
                case SUPERSEDED -> "blue";
            };
        }
    }

    private static final java.time.format.DateTimeFormatter EXPORTED_ON =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

    private final FundingAgreements funding;
    private final LineExports exports;
    private final PupilRegistry pupils;
    private final SettingDirectory settings;
    private final MessageSource messages;
    private final Formats format;
    private final Clock clock;

    PupilFundingController(FundingAgreements funding, LineExports exports, PupilRegistry pupils,
            SettingDirectory settings, MessageSource messages, Formats format, Clock clock) {
        this.clock = clock;
        this.exports = exports;
        this.format = format;
        this.funding = funding;
        this.pupils = pupils;
        this.settings = settings;
        this.messages = messages;
    }

    static boolean recordsLeaving(SignedInUser user) {
        return user.role() == Role.CASE_OFFICER || user.role() == Role.SEND_MANAGER;
    }

    @GetMapping("/pupils/{id}/funding")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return page(id, user, model, null, new LinkedMultiValueMap<>(), Map.of());
    }

    @PostMapping("/pupils/{id}/funding/agreements/{agreementId}/leaving")
    String recordLeaving(@PathVariable long id, @PathVariable long agreementId,
            @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        PupilScope scope = PupilAccess.scope(user);
        pupils.find(scope, id).orElseThrow(PupilFundingController::notFound);
        AgreementView a = funding.find(scope, agreementId).filter(x -> x.pupilId() == id)
                .orElseThrow(PupilFundingController::notFound);
        String dateField = "leavingDate-" + agreementId;
        String reasonField = "reason-" + agreementId;
        Map<String, String> errors = new LinkedHashMap<>();
        DateParts parts = DateParts.of(form, dateField);
        if (parts.blank()) {
            errors.put(dateField, messages.getMessage("funding.leaving.error.dateMissing", null, locale));
        } else if (parts.date() == null) {
            errors.put(dateField, messages.getMessage("funding.leaving.error.dateInvalid", null, locale));
        }
        if (errors.isEmpty()) {
            try {
                funding.recordLeaving(a.id(), parts.date(), DateParts.value(form, reasonField), user.getUsername());
                redirect.addFlashAttribute("banner", messages.getMessage("funding.leaving.banner",
                        new Object[] {a.reference()}, locale));
                return "redirect:/pupils/" + id + "/funding";
            } catch (AgreementChangeRefusedException e) {
                String field = switch (e.field()) {
                    case "leavingDate" -> dateField;
                    case "reason" -> reasonField;
                    default -> "agreement-" + agreementId;
                };
                errors.put(field, e.getMessage());
            }
        } else if (DateParts.value(form, reasonField).isEmpty()) {
            errors.put(reasonField, messages.getMessage("funding.leaving.error.reasonMissing", null, locale));
        }
        return page(id, user, model, agreementId, form, errors);
    }

    /**
     * Whose funding pages this person may open: the pupils they may see, and for a finance officer (who
     * sees no pupil records) every pupil's funding, which their exports and statements already name.
     */
    static PupilScope fundingScope(SignedInUser user) {
        return user.role() == Role.FINANCE_OFFICER ? PupilScope.allSettings() : PupilAccess.scope(user);
    }

    private String page(long id, SignedInUser user, Model model, Long formAgreement,
            MultiValueMap<String, String> typed, Map<String, String> errors) {
        PupilScope scope = fundingScope(user);
        PupilDetails pupil = pupils.view(scope, id).orElseThrow(PupilFundingController::notFound);
        Map<Long, String> settingNames = new HashMap<>();
        List<AgreementPanel> panels = new ArrayList<>();
        Map<Long, List<String>> exported = new HashMap<>();
        for (AgreementView a : funding.search(scope, id, null, null)) {
            List<PaymentLineView> lines = funding.schedule(scope, a.id());
            exports.exportsOfLines(a.id(), lines).forEach((line, rows) -> exported.put(line, rows.stream()
                    .map(r -> messages.getMessage("funding.lines.exported." + r.adjustment(), new Object[] {
                            r.batchReference(), EXPORTED_ON.format(r.issuedAt().atZone(clock.getZone()))}, java.util.Locale.UK)).toList()));
            String settingName = settingNames.computeIfAbsent(a.settingId(),
                    s -> settings.find(s).map(SettingSummary::name).orElse(""));
            panels.add(new AgreementPanel(a, settingName, lines,
                    lines.stream().map(PaymentLineView::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    recordsLeaving(user) && a.status() == AgreementStatus.ACTIVE, format.money(a.annualAmount()),
                    a.termlyAmount() == null ? null : format.money(a.termlyAmount())));
        }
        Map<Long, DateParts> leavingParts = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (AgreementPanel p : panels) {
            boolean typedHere = formAgreement != null && formAgreement == p.agreement().id();
            leavingParts.put(p.agreement().id(), typedHere
                    ? DateParts.of(typed, "leavingDate-" + p.agreement().id()) : DateParts.EMPTY);
            reasons.put(p.agreement().id(), typedHere ? DateParts.value(typed, "reason-" + p.agreement().id()) : "");
        }
        List<ErrorSummary.Entry> entries = new ArrayList<>();
        errors.forEach((field, message) -> entries.add(new ErrorSummary.Entry("#" + (field.startsWith("leavingDate-")
                ? field + "-day" : field), message)));
        model.addAttribute("pupil", pupil);
        model.addAttribute("seesPupilRecord", PupilAccess.VIEWERS.contains(user.role()));
        model.addAttribute("panels", panels);
        model.addAttribute("exported", exported);
        model.addAttribute("leavingParts", leavingParts);
        model.addAttribute("reasons", reasons);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", new ErrorSummary(entries));
        return "funding/pupil-funding";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
