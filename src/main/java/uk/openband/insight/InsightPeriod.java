package uk.openband.insight;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A period of days, first and last inclusive (days in the configured time zone), with the two it is compared
 * with: the previous period and the same period a year before. A period of whole calendar months (a month,
 * a quarter, an academic or financial year, or any run of months) is compared with the same number of months
 * just before it; any other period with the same number of days just before it.
 */
public record InsightPeriod(LocalDate from, LocalDate to) {

    /** How a period is chosen on the pages. */
    public enum Kind { MONTH, QUARTER, ACADEMIC_YEAR, FINANCIAL_YEAR, CUSTOM }

    public InsightPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
    }

    /** The calendar month {@code day} falls in. */
    public static InsightPeriod month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new InsightPeriod(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** The quarter (January to March, April to June, July to September, October to December) of {@code day}. */
    public static InsightPeriod quarter(LocalDate day) {
        LocalDate first = LocalDate.of(day.getYear(), day.getMonth().firstMonthOfQuarter(), 1);
        return new InsightPeriod(first, first.plusMonths(3).minusDays(1));
    }

    /** The academic year (1 September to 31 August) of {@code day}. */
    public static InsightPeriod academicYear(LocalDate day) {
        int start = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return new InsightPeriod(LocalDate.of(start, 9, 1), LocalDate.of(start + 1, 8, 31));
    }

    /** The financial year (1 April to 31 March) of {@code day}. */
    public static InsightPeriod financialYear(LocalDate day) {
        int start = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        return new InsightPeriod(LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31));
    }

    /** The period of {@code kind} that {@code day} falls in (not for {@link Kind#CUSTOM}). */
    public static InsightPeriod of(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(day);
            case QUARTER -> quarter(day);
            case ACADEMIC_YEAR -> academicYear(day);
            case FINANCIAL_YEAR -> financialYear(day);
            case CUSTOM -> throw new IllegalArgumentException("a custom period needs its own dates");
        };
    }

    /** The number of whole calendar months the period is, or 0 when it is not whole months. */
    public long wholeMonths() {
        if (from.getDayOfMonth() != 1 || !to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    /** The number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period just before: as many months (when this is whole months) or days, ending the day before. */
    public InsightPeriod previous() {
        long months = wholeMonths();
        if (months > 0) {
            LocalDate first = from.minusMonths(months);
            return new InsightPeriod(first, from.minusDays(1));
        }
        return new InsightPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The same period a year before (a month's last day stays its last day, 29 February included). */
    public InsightPeriod yearBefore() {
        LocalDate end = to.minusYears(1);
        if (to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            end = end.with(TemporalAdjusters.lastDayOfMonth());
        }
        return new InsightPeriod(from.minusYears(1), end);
    }
}
