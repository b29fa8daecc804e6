package uk.openband.agreements.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.openband.agreements.PaymentSettingsView;
import uk.openband.agreements.schedule.FundingTerms;
import uk.openband.agreements.schedule.PaymentMethod;
import uk.openband.agreements.schedule.PaymentScheduler;
import uk.openband.agreements.schedule.Schedule;
import uk.openband.platform.Refused;

/** An agreement's payment lines under the LA's payment method: the one place that turns an agreement into terms. */
public final class AgreementSchedules {

    private AgreementSchedules() {
    }

    /**
     * The schedule of the agreement's paid days (from its first paid day to its end; none when it funds no
     * day); days before its decision date are arrears. {@link Refused} when a day falls in no term.
     */
    public static Schedule of(FundingAgreement a, PaymentSettingsView s, PaymentMethod method) {
        if (a.getEndDate().isBefore(a.firstPaidDay())) {
            return new Schedule(List.of(), List.of());
        }
        BigDecimal termly = s.useTermlyAmount() ? a.getTermlyAmount() : null;
        FundingTerms terms = new FundingTerms(a.firstPaidDay(), a.getEndDate(), a.getAnnualAmount(), termly,
                RoundingMode.valueOf(a.getRounding()), a.getDecisionDate());
        try {
            return new PaymentScheduler(method).schedule(terms, a.getEndDate());
        } catch (IllegalArgumentException e) {
            throw Refused.state("schedule", "agreements.refused.unschedulable", a.getReference(), e.getMessage());
        }
    }
}
