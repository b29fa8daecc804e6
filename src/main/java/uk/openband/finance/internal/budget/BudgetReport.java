package uk.openband.finance.internal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.common.Money;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.schedule.FinancialYear;

/**
 * Committed spend against the budget. Committed spend in a month is the sum of every agreement's
 * payment lines due in it, by the due-day rule the statements and the finance export share
 * ({@code greatest(period_from, decision_date)}), summed by the database per setting category and month.
 *
 * <p>The projected year-end is the whole year's committed spend (agreements' lines are known to their
 * end dates) plus an estimate for the months still to come: the in-year value of decisions made so far
 * this year, divided by the months gone (counting the current one), times the months left. Before the
 * year starts and after it ends there is no estimate.
 */
@Service
@Transactional(readOnly = true)
class BudgetReport {

    static final String DUE_DAY = "greatest(l.period_from, a.decision_date)";

    private static final String BY_MONTH = "SELECT s.category, date_trunc('month', " + DUE_DAY + ")::date, "
            + "sum(l.amount) FROM agreements_payment_line_v l JOIN agreements_agreement_v a ON a.id = l.agreement_id "
            + "JOIN directory_setting_v s ON s.id = a.setting_id WHERE " + DUE_DAY + " BETWEEN ? AND ? GROUP BY 1, 2";

    private static final String NEW_THIS_YEAR = "SELECT s.category, sum(l.amount) "
            + "FROM agreements_payment_line_v l JOIN agreements_agreement_v a ON a.id = l.agreement_id "
            + "JOIN directory_setting_v s ON s.id = a.setting_id WHERE " + DUE_DAY + " BETWEEN ? AND ? "
            + "AND a.source = 'DECISION' AND a.decision_date BETWEEN ? AND ? GROUP BY 1";

    private final JdbcTemplate jdbc;
    private final Budgets budgets;

    BudgetReport(JdbcTemplate jdbc, Budgets budgets) {
        this.jdbc = jdbc;
        this.budgets = budgets;
    }

    BudgetView forYear(FinancialYear year, LocalDate today) {
        int elapsed = monthsElapsed(year, today);
        int remaining = 12 - elapsed;
        Date from = Date.valueOf(year.start());
        Date to = Date.valueOf(year.end());

        Map<SettingCategory, Map<YearMonth, BigDecimal>> byMonth = new EnumMap<>(SettingCategory.class);
        jdbc.query(BY_MONTH, rs -> {
            byMonth.computeIfAbsent(SettingCategory.valueOf(rs.getString(1)), c -> new HashMap<>())
                    .put(YearMonth.from(rs.getObject(2, LocalDate.class)), Money.of(rs.getBigDecimal(3)));
        }, from, to);

        Map<SettingCategory, BigDecimal> newThisYear = new EnumMap<>(SettingCategory.class);
        if (elapsed > 0) {
            LocalDate last = today.isAfter(year.end()) ? year.end() : today;
            jdbc.query(NEW_THIS_YEAR, rs -> {
                newThisYear.put(SettingCategory.valueOf(rs.getString(1)), Money.of(rs.getBigDecimal(2)));
            }, from, to, from, Date.valueOf(last));
        }
        Map<SettingCategory, BigDecimal> budget = budgets.forYear(year);

        List<BudgetView.Line> lines = new ArrayList<>();
        for (SettingCategory c : SettingCategory.values()) {
            BigDecimal fresh = newThisYear.getOrDefault(c, Money.ZERO);
            BigDecimal estimate = elapsed == 0 || remaining == 0 ? Money.ZERO
                    : Money.proRata(fresh, remaining, elapsed, RoundingMode.HALF_UP);
            lines.add(line(c, year, budget.get(c), byMonth.getOrDefault(c, Map.of()), fresh, estimate));
        }
        return new BudgetView(year, today, elapsed, remaining, List.copyOf(lines), all(year, lines));
    }

    /** Months of the year gone by on {@code today}, counting the current month: 0 before it, 12 after it. */
    static int monthsElapsed(FinancialYear year, LocalDate today) {
        if (today.isBefore(year.start())) {
            return 0;
        }
        if (today.isAfter(year.end())) {
            return 12;
        }
        return (today.getMonthValue() - 4 + 12) % 12 + 1;
    }

    private static BudgetView.Line line(SettingCategory category, FinancialYear year, BigDecimal budget,
            Map<YearMonth, BigDecimal> committedByMonth, BigDecimal fresh, BigDecimal estimate) {
        List<BudgetView.MonthRow> months = new ArrayList<>();
        BigDecimal running = Money.ZERO;
        for (int i = 0; i < 12; i++) {
            YearMonth month = YearMonth.from(year.start()).plusMonths(i);
            BigDecimal committed = committedByMonth.getOrDefault(month, Money.ZERO);
            running = running.add(committed);
            months.add(new BudgetView.MonthRow(month, label(month), committed, running,
                    budget == null ? null : budget.subtract(running)));
        }
        return new BudgetView.Line(category, budget, running, fresh, estimate, running.add(estimate),
                List.copyOf(months));
    }

    private static BudgetView.Line all(FinancialYear year, List<BudgetView.Line> lines) {
        BigDecimal budget = lines.stream().map(BudgetView.Line::budget).filter(b -> b != null)
                .reduce(BigDecimal::add).orElse(null);
        Map<YearMonth, BigDecimal> months = new HashMap<>();
        lines.forEach(l -> l.months().forEach(m -> months.merge(m.month(), m.committed(), BigDecimal::add)));
        BigDecimal fresh = lines.stream().map(BudgetView.Line::newCommitments).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal estimate = lines.stream().map(BudgetView.Line::estimate).reduce(Money.ZERO, BigDecimal::add);
        return line(null, year, budget, months, fresh, estimate);
    }

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }
}
