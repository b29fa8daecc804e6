package uk.openband.finance.internal.budget;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.FundingFixtures;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.testsupport.WebTest;

/**
 * The projected year-end on a chosen day: committed spend plus, for the months left, the in-year value of
 * this year's decisions so far per month gone. Financial year 2022 belongs to this class.
 */
@WebTest
class BudgetProjectionTest {

    @Autowired BudgetReport report;
    @Autowired Budgets budgets;
    @Autowired JdbcTemplate jdbc;
    @Autowired FundingFixtures fixtures;

    @Test
    void months_gone_count_the_current_month() {
        FinancialYear y = new FinancialYear(2022);
        assertThat(BudgetReport.monthsElapsed(y, of(2022, 3, 31))).isZero();
        assertThat(BudgetReport.monthsElapsed(y, of(2022, 4, 1))).isEqualTo(1);
        assertThat(BudgetReport.monthsElapsed(y, of(2022, 6, 15))).isEqualTo(3);
        assertThat(BudgetReport.monthsElapsed(y, of(2023, 1, 1))).isEqualTo(10);
        assertThat(BudgetReport.monthsElapsed(y, of(2023, 3, 31))).isEqualTo(12);
        assertThat(BudgetReport.monthsElapsed(y, of(2023, 4, 1))).isEqualTo(12);
    }

    @Test
    void the_projection_adds_this_years_decisions_so_far_at_their_monthly_rate_for_the_months_left() {
        FundingFixtures f = fixtures;
        long special = f.newSetting(SettingCategory.SPECIAL, "Projection Special");
        long mainstream = f.newSetting(SettingCategory.MAINSTREAM, "Projection Primary");
        // Decided last year: committed, not new.
        long a = f.agreement(f.decided(), special, "Band 5", of(2021, 12, 1), of(2022, 4, 1), of(2023, 3, 31));
        f.line(a, 1, of(2022, 4, 1), of(2022, 6, 30), "Summer", "REGULAR", "300.00");
        f.line(a, 2, of(2022, 7, 1), of(2023, 3, 31), "Rest", "REGULAR", "900.00");
        // Decided 10 May: new, with back pay for April due on the decision day.
        long b = f.agreement(f.decided(), special, "Band 5", of(2022, 5, 10), of(2022, 4, 1), of(2023, 3, 31));
        f.line(b, 1, of(2022, 4, 1), of(2022, 4, 30), "April", "ARREARS", "100.00");
        f.line(b, 2, of(2022, 5, 1), of(2023, 3, 31), "Rest", "REGULAR", "1100.00");
        // Decided after the day of the projection: committed, not counted in the rate.
        long c = f.agreement(f.decided(), special, "Band 5", of(2022, 7, 1), of(2022, 7, 1), of(2023, 3, 31));
        f.line(c, 1, of(2022, 7, 1), of(2023, 3, 31), "Rest", "REGULAR", "450.00");
        // Mainstream: one new decision with an amount that does not divide evenly.
        long d = f.agreement(f.decided(), mainstream, "Band 3", of(2022, 4, 2), of(2022, 4, 2), of(2023, 3, 31));
        f.line(d, 1, of(2022, 4, 2), of(2023, 3, 31), "Year", "REGULAR", "1000.01");
        budgets.record(new FinancialYear(2022), Map.of(SettingCategory.SPECIAL, new BigDecimal("5000.00")), "test");

        BudgetView v = report.forYear(new FinancialYear(2022), of(2022, 6, 15));
        assertThat(v.monthsElapsed()).isEqualTo(3);
        assertThat(v.monthsRemaining()).isEqualTo(9);
        BudgetView.Line s = v.categories().stream().filter(l -> l.category() == SettingCategory.SPECIAL).findFirst()
                .orElseThrow();
        assertThat(s.committed()).isEqualByComparingTo("2850.00");
        assertThat(s.newCommitments()).isEqualByComparingTo("1200.00");
        assertThat(s.estimate()).isEqualByComparingTo("3600.00");
        assertThat(s.projected()).isEqualByComparingTo("6450.00");
        assertThat(s.variance()).isEqualByComparingTo("-1450.00");
        assertThat(s.over()).isTrue();
        BudgetView.Line m = v.categories().stream().filter(l -> l.category() == SettingCategory.MAINSTREAM)
                .findFirst().orElseThrow();
        assertThat(m.newCommitments()).isEqualByComparingTo("1000.01");
        assertThat(m.estimate()).isEqualByComparingTo("3000.03");
        assertThat(m.projected()).isEqualByComparingTo("4000.04");
        assertThat(m.budget()).isNull();
        assertThat(m.over()).isFalse();
        assertThat(v.all().committed()).isEqualByComparingTo("3850.01");
        assertThat(v.all().estimate()).isEqualByComparingTo("6600.03");
        assertThat(v.all().projected()).isEqualByComparingTo("10450.04");
        assertThat(v.all().budget()).isEqualByComparingTo("5000.00");

        // Seven months gone: 1200.00 x 5 / 7 = 857.142... rounds to 857.14.
        BudgetView october = report.forYear(new FinancialYear(2022), of(2022, 10, 31));
        BudgetView.Line s10 = october.categories().stream().filter(l -> l.category() == SettingCategory.SPECIAL)
                .findFirst().orElseThrow();
        assertThat(s10.newCommitments()).isEqualByComparingTo("1650.00");
        assertThat(s10.estimate()).isEqualByComparingTo("1178.57");

        // In March no months are left: the year is still being estimated, with nothing to add.
        BudgetView march = report.forYear(new FinancialYear(2022), of(2023, 3, 15));
        assertThat(march.estimating()).isTrue();
        assertThat(march.ended()).isFalse();
        assertThat(march.all().estimate()).isEqualByComparingTo("0.00");
        // After the year ends the projection is what was committed; before it starts, likewise.
        BudgetView after = report.forYear(new FinancialYear(2022), of(2023, 5, 1));
        assertThat(after.all().estimate()).isEqualByComparingTo("0.00");
        assertThat(after.ended()).isTrue();
        assertThat(after.estimating()).isFalse();
        assertThat(after.all().projected()).isEqualByComparingTo("3850.01");
        BudgetView before = report.forYear(new FinancialYear(2022), of(2022, 1, 1));
        assertThat(before.all().projected()).isEqualByComparingTo("3850.01");
        assertThat(before.all().newCommitments()).isEqualByComparingTo("0.00");
    }
}
