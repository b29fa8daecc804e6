package uk.openband.rollover;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.BandingTable;
import uk.openband.common.Money;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.rollover.RolloverOutcome.Adjustment;
import uk.openband.rollover.RolloverOutcome.Change;
import uk.openband.rollover.RolloverOutcome.NoChange;
import uk.openband.rollover.RolloverOutcome.NotRolled;
import uk.openband.rollover.RolloverOutcome.Reason;
import uk.openband.agreements.schedule.FinancialYear;

/**
 * What one agreement becomes when a new banding table takes effect.
 *
 * <p>MOVE: the new table's amount for the agreement's band in its setting's category, from the
 * roll-over's effective date (or the agreement's start, if later). PROTECTED: the current amount
 * until the review date, and the new table's amount from the review date when the agreement runs
 * past it; an agreement whose review date is already before the effective date moves from the
 * effective date. Then the protections: NO_LOSS never lets the amount fall below the current one;
 * a cap of x% keeps the change within x% of the current amount, that bound rounded to the penny with
 * the table's rounding mode.
 */
public final class RolloverRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RolloverRules() {
    }

    /** The outcome for one agreement under a new table from {@code effectiveDate}. */
    public static RolloverOutcome roll(AgreementTerms agreement, BandingTable table, LocalDate effectiveDate,
            RolloverOptions options) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(options, "options");
        if (!agreement.bandingKey().equals(table.key())) {
            return new NotRolled(Reason.OTHER_TABLE, agreement.bandingKey() + " " + agreement.bandingVersion());
        }
        if (agreement.bandingVersion().equals(table.version())) {
            return new NoChange(Reason.ALREADY_ON_TABLE, table.version());
        }
        if (agreement.band() == null) {
            return new NotRolled(agreement.legacy() ? Reason.LEGACY_AMOUNT : Reason.EXCEPTIONAL, null);
        }
        if (agreement.category() == null) {
            return new NotRolled(Reason.SETTING_UNCLASSIFIED, null);
        }
        Optional<SettingBands> bands = table.bandsFor(agreement.category());
        if (bands.isEmpty()) {
            return new NotRolled(Reason.CATEGORY_NOT_IN_TABLE, agreement.category().label());
        }
        BandRow row = bands.get().bands().stream().filter(r -> r.band().equals(agreement.band())).findFirst()
                .orElse(null);
        if (row == null) {
            return new NotRolled(Reason.BAND_NOT_IN_TABLE, agreement.band());
        }
        if (!row.topUp() || row.annualAmount().signum() <= 0) {
            return new NotRolled(Reason.BAND_NOT_TOP_UP, agreement.band());
        }
        LocalDate from = later(effectiveDate, agreement.startDate());
        if (options.policy() == RolloverPolicy.PROTECTED && !agreement.reviewDate().isBefore(effectiveDate)) {
            if (!agreement.endDate().isAfter(agreement.reviewDate())) {
                return new NoChange(Reason.ENDS_BY_REVIEW, null);
            }
            from = later(agreement.reviewDate(), agreement.startDate());
        }
        BigDecimal current = agreement.annualAmount();
        BigDecimal amount = adjusted(current, row.annualAmount(), options, table.rounding());
        if (amount.compareTo(current) == 0) {
            if (row.annualAmount().compareTo(current) == 0) {
                return new NoChange(Reason.SAME_AMOUNT, null);
            }
            return options.noLoss() && row.annualAmount().compareTo(current) < 0
                    ? new NoChange(Reason.KEPT_BY_NO_LOSS, Money.format(row.annualAmount()))
                    : new NoChange(Reason.KEPT_BY_CAP, Money.format(row.annualAmount()));
        }
        Adjustment adjustment = amount.compareTo(row.annualAmount()) == 0 ? Adjustment.NONE : Adjustment.CAPPED;
        BigDecimal termly = adjustment == Adjustment.NONE ? row.termlyAmount() : null;
        return new Change(current, amount, termly, row.annualAmount(), from, adjustment);
    }

    /**
     * The table's amount after the protections: at least {@code current} with no-loss, and
     * within {@code current x cap / 100} (rounded with {@code rounding}) of it with a cap.
     */
    public static BigDecimal adjusted(BigDecimal current, BigDecimal tableAmount, RolloverOptions options,
            RoundingMode rounding) {
        BigDecimal amount = Money.of(tableAmount);
        if (options.capped()) {
            BigDecimal bound = capBound(current, options.capPercent(), rounding);
            amount = amount.max(current.subtract(bound)).min(current.add(bound));
        }
        if (options.noLoss()) {
            amount = amount.max(current);
        }
        return Money.of(amount);
    }

    /** The most a capped change may be: {@code current x cap / 100}, to the penny. */
    public static BigDecimal capBound(BigDecimal current, BigDecimal capPercent, RoundingMode rounding) {
        return current.multiply(capPercent).divide(HUNDRED, Money.SCALE, rounding);
    }

    /**
     * The cost of a change for the rest of the financial year that {@code rolloverDate} falls in:
     * the annual difference pro rata by day over the days from {@code from} to {@code to} (both
     * inclusive) within that year, rounded once with {@code rounding}. Zero when no day is in it.
     */
    public static BigDecimal restOfYearCost(BigDecimal annualDifference, LocalDate from, LocalDate to,
            LocalDate rolloverDate, RoundingMode rounding) {
        FinancialYear year = FinancialYear.containing(rolloverDate);
        LocalDate first = later(from, year.start());
        LocalDate last = to.isBefore(year.end()) ? to : year.end();
        if (last.isBefore(first)) {
            return Money.ZERO;
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return Money.proRata(annualDifference, days, year.days(), rounding);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
