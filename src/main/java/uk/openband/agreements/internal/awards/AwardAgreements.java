package uk.openband.agreements.internal.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.openband.agreements.AgreementStatus;
import uk.openband.agreements.internal.FundingAgreement;
import uk.openband.agreements.internal.awards.AwardPlan.PlannedAward;
import uk.openband.common.Money;

/**
 * The agreements an award becomes. Without transitional protection: one imported agreement. With it: the imported
 * agreement pays the protected amount until the protection's end, where it is superseded by an agreement at the
 * award's own amount to the planned end (as a roll-over with protection does).
 */
final class AwardAgreements {

    private AwardAgreements() {
    }

    /** The imported agreement (ended at the protection's end when the award has protection); not saved. */
    static FundingAgreement first(PlannedAward a, long pupilId, long importId, AwardPlan plan, String reference,
            String by, Instant at) {
        boolean isProtected = a.protectedAmount() != null;
        BigDecimal annual = isProtected ? a.protectedAmount() : a.annualAmount();
        BigDecimal termly = isProtected ? null : a.termlyAmount();
        FundingAgreement first = FundingAgreement.imported(reference,
                terms(a, pupilId, annual, termly, a.startDate(), plan),
                new FundingAgreement.Imported(importId, a.oldReference(), a.route(),
                        plan.options().arrears() ? null : plan.options().paymentsFrom(), a.legacy()), by, at);
        if (isProtected) {
            first.end(a.protectionEndDate(), AgreementStatus.SUPERSEDED, "Transitional protection at "
                    + Money.format(a.protectedAmount()) + " a year ends on " + a.protectionEndDate(), by, at);
        }
        return first;
    }

    /** With protection, the agreement at the award's own amount after it (replacing {@code first}); not saved. */
    static FundingAgreement afterProtection(PlannedAward a, FundingAgreement first, AwardPlan plan, String reference,
            String by, Instant at) {
        return FundingAgreement.rollover(reference, terms(a, first.getPupilId(), a.annualAmount(), a.termlyAmount(),
                a.protectionEndDate().plusDays(1), plan), first, by, at);
    }

    private static FundingAgreement.Terms terms(PlannedAward a, long pupilId, BigDecimal annual, BigDecimal termly,
            LocalDate from, AwardPlan plan) {
        return new FundingAgreement.Terms(pupilId, a.settingId(), null, null, a.band(), annual, termly,
                plan.tariff().key(), plan.tariff().version(), plan.tariff().rounding(), from, a.plannedEndDate(),
                a.reviewDate(), plan.options().paymentsFrom());
    }
}
