package uk.openband.agreements.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import uk.openband.common.Money;

/**
 * What a schedule is worked out from: the agreement's first day, its last day (inclusive;
 * null while it is open-ended), the annual amount, the band's published termly amount
 * (null unless the banding table gives one), the banding table's rounding mode, and the
 * decision date (null when not backdated): days before it are paid as arrears lines.
 */
public record FundingTerms(LocalDate start, LocalDate end, BigDecimal annualAmount, BigDecimal termlyAmount,
        RoundingMode rounding, LocalDate decisionDate) {

    public FundingTerms {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rounding, "rounding");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an agreement ends on or after its start: " + start + " to " + end);
        }
        annualAmount = Money.of(annualAmount);
        termlyAmount = Money.ofNullable(termlyAmount);
        if (annualAmount.signum() < 0 || (termlyAmount != null && termlyAmount.signum() < 0)) {
            throw new IllegalArgumentException("funding amounts are never negative");
        }
    }

    /** An agreement from {@code start} to {@code end} inclusive, with no published termly amount. */
    public static FundingTerms of(LocalDate start, LocalDate end, BigDecimal annualAmount, RoundingMode rounding) {
        return new FundingTerms(start, end, annualAmount, null, rounding, null);
    }

    /** The same terms, paying the band's published termly amount per full term. */
    public FundingTerms withTermlyAmount(BigDecimal termly) {
        return new FundingTerms(start, end, annualAmount, termly, rounding, decisionDate);
    }

    /** The same terms, decided on {@code decided}: days before it are arrears. */
    public FundingTerms decidedOn(LocalDate decided) {
        return new FundingTerms(start, end, annualAmount, termlyAmount, rounding, decided);
    }

    /**
     * The days funded up to and including {@code until}: the agreement's own end when it
     * has one and it comes first. Null when {@code until} is before the start.
     */
    DateRange fundedUntil(LocalDate until) {
        LocalDate last = end != null && end.isBefore(until) ? end : until;
        return last.isBefore(start) ? null : new DateRange(start, last);
    }
}
