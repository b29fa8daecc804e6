package uk.openband.finance.internal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.schedule.FinancialYear;

/**
 * A financial year's committed spend against its budget, by setting category and month, with the
 * projected year-end. {@code all} adds the categories up.
 */
public record BudgetView(FinancialYear year, LocalDate today, int monthsElapsed, int monthsRemaining,
        List<Line> categories, Line all) {

    /** Whether the year has begun and not ended, so the projection rests on this year's decisions so far. */
    public boolean estimating() {
        return monthsElapsed > 0 && !ended();
    }

    /** Whether the year is over. */
    public boolean ended() {
        return today.isAfter(year.end());
    }

    /**
     * One category (or all of them, {@code category} null): its budget (null when none is recorded),
     * what the year's payment lines commit, what decisions made this year so far commit in it, the
     * estimate for the months left, the projected year-end and the budget less the projection.
     */
    public record Line(SettingCategory category, BigDecimal budget, BigDecimal committed,
            BigDecimal newCommitments, BigDecimal estimate, BigDecimal projected, List<MonthRow> months) {

        /** Budget less projected year-end; null without a budget. */
        public BigDecimal variance() {
            return budget == null ? null : budget.subtract(projected);
        }

        public boolean over() {
            return budget != null && variance().signum() < 0;
        }

        /** Worth a month-by-month table: it has a budget or spend. */
        public boolean active() {
            return budget != null || committed.signum() != 0;
        }

        public String key() {
            return category == null ? "ALL" : category.name();
        }
    }

    /** One month: the lines due in it, the running total from April and the budget left after it. */
    public record MonthRow(YearMonth month, String label, BigDecimal committed, BigDecimal running,
            BigDecimal left) {

        public boolean over() {
            return left != null && left.signum() < 0;
        }
    }
}
