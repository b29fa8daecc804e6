package uk.openband.agreements.internal.api;

import uk.openband.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.openband.directory.PupilScope;
import uk.openband.agreements.AgreementView;
import uk.openband.agreements.FundingAgreements;
import uk.openband.agreements.PaymentLineView;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.platform.Refused;
import uk.openband.platform.web.input.DateCheck;
import uk.openband.platform.web.input.DateInput;

/**
 * Funding agreements and their payment lines, by the same rules as the pages: LA staff see every
 * agreement, a SENCO only their own setting's; anything else is 404.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Funding agreements", description = "Agreements made by decisions and their payment schedules. "
        + "A SENCO sees only their own setting's agreements.")
class AgreementApiController {

    /** caseId and decisionId are null for an imported award, which carries its oldReference instead. */
    record AgreementJson(long id, String reference, long pupilId, long settingId, Long caseId, Long decisionId,
            String source, Long replacesAgreementId, String band, BigDecimal annualAmount, BigDecimal termlyAmount,
            String bandingKey, String bandingVersion, String rounding, LocalDate startDate, LocalDate endDate,
            LocalDate plannedEndDate, LocalDate reviewDate, LocalDate decisionDate, String status, String endReason,
            String route, String oldReference, LocalDate paidFrom, boolean legacy) {

        static AgreementJson of(AgreementView a) {
            return new AgreementJson(a.id(), a.reference(), a.pupilId(), a.settingId(), a.caseId(), a.decisionId(),
                    a.source().name(), a.replacesAgreementId(), a.band(), a.annualAmount(), a.termlyAmount(),
                    a.bandingKey(), a.bandingVersion(), a.rounding(), a.startDate(), a.endDate(), a.plannedEndDate(),
                    a.reviewDate(), a.decisionDate(), a.status().name(), a.endReason(), a.route(), a.oldReference(),
                    a.paidFrom(), a.legacy());
        }
    }

    record AgreementList(List<AgreementJson> agreements, int count) {
    }

    record LineJson(int lineNo, int financialYear, LocalDate periodFrom, LocalDate periodTo, String label,
            String kind, BigDecimal amount) {
    }

    record ScheduleJson(long agreementId, String reference, List<LineJson> lines, BigDecimal total) {
    }

    private final FundingAgreements funding;

    AgreementApiController(FundingAgreements funding) {
        this.funding = funding;
    }

    @GetMapping
    @Operation(summary = "Search agreements, newest start first (at most 1000)",
            description = "Every filter given must match. A SENCO's search covers only their own setting; asking for "
                    + "another setting finds nothing.")
    @ApiResponse(responseCode = "400", description = "a parameter is not a whole number or an ISO date",
            content = @Content(mediaType = "application/problem+json"))
    AgreementList search(
            @Parameter(description = "a pupil id") @RequestParam(name = "pupil", required = false) String pupil,
            @Parameter(description = "a setting id") @RequestParam(name = "setting", required = false) String setting,
            @Parameter(description = "only agreements funding this day (YYYY-MM-DD), ended ones included up to "
                    + "their last funded day") @RequestParam(name = "activeOn", required = false) String activeOn,
            @AuthenticationPrincipal SignedInUser user) {
        List<Refused.Problem> problems = new ArrayList<>();
        Long pupilId = id(problems, "pupil", pupil);
        Long settingId = id(problems, "setting", setting);
        LocalDate day = null;
        if (activeOn != null && !activeOn.isBlank()) {
            DateInput input = DateInput.iso(activeOn);
            DateCheck check = input == null ? null : input.check();
            if (check == null || !check.ok()) {
                problems.add(new Refused.Problem("activeOn", "agreements.refused.api.activeOn"));
            } else {
                day = check.date();
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        List<AgreementJson> found = funding.search(scope(user), pupilId, settingId, day).stream()
                .map(AgreementJson::of).toList();
        return new AgreementList(found, found.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement")
    @ApiResponse(responseCode = "404", description = "no such agreement, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    AgreementJson get(@PathVariable("id") long agreementId, @AuthenticationPrincipal SignedInUser user) {
        return funding.find(scope(user), agreementId).map(AgreementJson::of)
                .orElseThrow(() -> notFound(agreementId));
    }

    @GetMapping("/{id}/schedule")
    @Operation(summary = "An agreement's payment lines in order, with their total",
            description = "kind is REGULAR or ARREARS (days before the decision date of a backdated agreement); "
                    + "financialYear is the year the financial year starts (1 April).")
    @ApiResponse(responseCode = "404", description = "no such agreement, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    ScheduleJson schedule(@PathVariable("id") long agreementId, @AuthenticationPrincipal SignedInUser user) {
        PupilScope scope = scope(user);
        AgreementView a = funding.find(scope, agreementId).orElseThrow(() -> notFound(agreementId));
        List<PaymentLineView> lines = funding.schedule(scope, agreementId);
        return new ScheduleJson(a.id(), a.reference(), lines.stream().map(l -> new LineJson(l.lineNo(),
                l.financialYear(), l.periodFrom(), l.periodTo(), l.label(), l.kind(), l.amount())).toList(),
                lines.stream().map(PaymentLineView::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    /** A SENCO sees their own setting's agreements; LA staff see all. */
    static PupilScope scope(SignedInUser user) {
        if (user.role() == Role.SENCO) {
            if (user.settingId() == null) {
                throw new NotFound("agreements.notFound.none");
            }
            return PupilScope.setting(user.settingId());
        }
        return PupilScope.allSettings();
    }

    private static Long id(List<Refused.Problem> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(text.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Refused.Problem(field, "agreements.refused.api.id", field));
        return null;
    }

    private static NotFound notFound(long id) {
        return new NotFound("agreements.notFound.agreement", id);
    }
}
