package uk.openband.finance.internal.budget;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.common.Money;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.schedule.FinancialYear;

/** The high needs top-up budget per financial year and setting category; a category without a row has none. */
@Service
@Transactional(readOnly = true)
class Budgets {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Budgets(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The year's budget by category (categories without one are missing). */
    Map<SettingCategory, BigDecimal> forYear(FinancialYear year) {
        Map<SettingCategory, BigDecimal> amounts = new EnumMap<>(SettingCategory.class);
        jdbc.query("SELECT category, amount FROM funding_budget WHERE financial_year = ?",
                rs -> {
                    amounts.put(SettingCategory.valueOf(rs.getString(1)), Money.of(rs.getBigDecimal(2)));
                }, year.startYear());
        return amounts;
    }

    /**
     * Replaces the year's budget with the given amounts (each more than zero, in pence), in one transaction
     * with its audit line. A category left out has no budget afterwards.
     */
    @Transactional
    void record(FinancialYear year, Map<SettingCategory, BigDecimal> amounts, String username) {
        amounts.values().forEach(a -> {
            if (a.signum() <= 0 || a.scale() > Money.SCALE) {
                throw new IllegalArgumentException("a budget is more than zero and in whole pence");
            }
        });
        Map<SettingCategory, BigDecimal> before = forYear(year);
        jdbc.update("DELETE FROM funding_budget WHERE financial_year = ?", year.startYear());
        Timestamp now = Timestamp.from(clock.instant());
        amounts.forEach((category, amount) -> jdbc.update("INSERT INTO funding_budget (financial_year, category, "
                        + "amount, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)", year.startYear(), category.name(),
                Money.of(amount), username, now));
        events.publishEvent(new BudgetChanged(year.startYear(), text(before), text(amounts)));
    }

    private static Map<String, String> text(Map<SettingCategory, BigDecimal> amounts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingCategory c : SettingCategory.values()) {
            if (amounts.containsKey(c)) {
                out.put(c.name(), Money.of(amounts.get(c)).toPlainString());
            }
        }
        return out;
    }
}
