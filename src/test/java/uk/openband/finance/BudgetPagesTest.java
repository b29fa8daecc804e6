package uk.openband.finance;

import uk.openband.agreements.FundingFixtures;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.audit.AuditLog;
import uk.openband.directory.SettingDirectory;
import uk.openband.common.SettingCategory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.WebTest;

/**
 * The budget page and form: saving with validation and audit, and committed spend by category and
 * month against hand-computed sums. The tests set "today" and use recent financial years (2024-25 and 2025-26)
 * in which other tests pay too: the page is read before this test's agreements exist, and each figure must
 * have moved by exactly this test's amounts (the budgets are set so that what is left comes out the same).
 */
@WebTest
class BudgetPagesTest {

    static final SignedInUser FINANCE = new SignedInUser(9800, "finance", "Finn Grant", Role.FINANCE_OFFICER, null,
            null, true, true);
    static final SignedInUser MANAGER = new SignedInUser(9801, "manager", "Chris Evans", Role.SEND_MANAGER, null,
            null, true, true);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired FundingFixtures fixtures;
    @Autowired SettingDirectory settings;
    @Autowired AuditLog audit;
    /** The application's clock, set by the tests that need a particular today (back to the real one after each). */
    @Autowired MutableClock clock;

    Document page(String url, SignedInUser who) throws Exception {
        return Pages.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn());
    }

    Map<String, BigDecimal> budgets(int year) {
        Map<String, BigDecimal> rows = new TreeMap<>();
        jdbc.queryForList("SELECT category, amount FROM funding_budget WHERE financial_year = ?", year)
                .forEach(r -> rows.put((String) r.get("category"), ((BigDecimal) r.get("amount")).setScale(2)));
        return rows;
    }

    @Test
    void a_budget_that_is_not_a_positive_amount_in_pence_is_refused_field_by_field_and_nothing_is_saved()
            throws Exception {
        clock.setToday(of(2025, 2, 1));
        mvc.perform(post("/funding/budget/edit").with(user(FINANCE)).with(csrf()).param("year", "2024")
                .param("mainstream", "1000.00")).andExpect(redirectedUrl("/funding/budget?year=2024"));
        Map<String, BigDecimal> saved = budgets(2024);
        assertThat(saved).containsEntry("MAINSTREAM", new BigDecimal("1000.00"));
        Document p = Pages.parse(mvc.perform(post("/funding/budget/edit").with(user(FINANCE)).with(csrf())
                .param("year", "2024").param("mainstream", "lots").param("special", "-5")
                .param("earlyYears", "10.999").param("post16", "0"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(p, "mainstream",
                "Enter the budget for mainstream as an amount in pounds, like 250000 or 250000.50");
        Pages.assertFieldError(p, "special", "The budget for special school must be more than £0");
        Pages.assertFieldError(p, "earlyYears", "The budget for early years must have no more than 2 decimal places");
        Pages.assertFieldError(p, "post16", "The budget for post-16 must be more than £0");
        assertThat(p.getElementById("mainstream").attr("value")).isEqualTo("lots");
        assertThat(budgets(2024)).isEqualTo(saved);
        mvc.perform(post("/funding/budget/edit").with(user(MANAGER)).with(csrf()).param("year", "2024")
                .param("mainstream", "5.00")).andExpect(status().isForbidden());
        assertThat(budgets(2024)).isEqualTo(saved);
    }

    /** An amount as the page shows it: "£1,300.00", "−£100.00 Over budget". */
    static BigDecimal money(String shown) {
        String digits = shown.replace(" Over budget", "").replace("£", "").replace(",", "").replace("\u2212", "-");
        return new BigDecimal(digits.strip());
    }

    static String gbp(BigDecimal amount) {
        return "£" + new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.UK)).format(amount);
    }

    /** What is left as the month rows show it. */
    static String left(BigDecimal amount) {
        return amount.signum() < 0 ? "\u2212" + gbp(amount.negate()) + " Over budget" : gbp(amount);
    }

    /** A figure of a month row (0 when the category has no row for the month). */
    static BigDecimal month(Document p, String key, String month, String column) {
        Element row = p.getElementById("month-" + key + "-" + month);
        return row == null ? new BigDecimal("0.00") : money(row.selectFirst(column).text());
    }

    static BigDecimal committed(Document p, String key) {
        Element summary = p.getElementById("summary-" + key);
        return summary == null ? new BigDecimal("0.00") : money(summary.selectFirst(".ob-committed").text());
    }

    @Test
    void the_page_shows_committed_spend_by_category_and_month_against_the_budget() throws Exception {
        FundingFixtures f = fixtures;
        // real decisions to hang the agreements on (made today, paid in later years), then the page as it was
        FundingFixtures.Decided d1 = f.decided();
        FundingFixtures.Decided d2 = f.decided();
        FundingFixtures.Decided d3 = f.decided();
        clock.setToday(of(2025, 1, 10));
        Document before = page("/funding/budget?year=2025", FINANCE);
        Map<String, BigDecimal> budgetsBefore = budgets(2025);
        long mainstream = f.newSetting(SettingCategory.MAINSTREAM, "Budget Primary");
        long special = f.newSetting(SettingCategory.SPECIAL, "Budget Special");
        long e = f.agreement(d1, mainstream, "Band 3", of(2025, 3, 15), of(2025, 4, 1), of(2025, 5, 31));
        f.line(e, 1, of(2025, 4, 1), of(2025, 4, 30), "April", "REGULAR", "500.00");
        f.line(e, 2, of(2025, 5, 1), of(2025, 5, 31), "May", "REGULAR", "500.00");
        long g = f.agreement(d2, mainstream, "Band 3", of(2025, 5, 20), of(2025, 4, 1), of(2025, 6, 30));
        f.line(g, 1, of(2025, 4, 1), of(2025, 4, 30), "April (back pay)", "ARREARS", "200.00");
        f.line(g, 2, of(2025, 6, 1), of(2025, 6, 30), "June", "REGULAR", "200.00");
        long h = f.agreement(d3, special, "Band 5", of(2025, 3, 1), of(2025, 3, 1), of(2025, 8, 31));
        f.line(h, 1, of(2025, 3, 1), of(2025, 3, 31), "March (year before)", "REGULAR", "77.00");
        f.line(h, 2, of(2025, 4, 1), of(2025, 8, 31), "Summer", "REGULAR", "2500.00");

        // budgets 1,300 and 10,000 over what the rest of the authority has committed in the year
        BigDecimal mainstreamBudget = committed(before, "MAINSTREAM").add(new BigDecimal("1300.00"));
        BigDecimal specialBudget = committed(before, "SPECIAL").add(new BigDecimal("10000.00"));
        mvc.perform(post("/funding/budget/edit").with(user(FINANCE)).with(csrf()).param("year", "2025")
                .param("mainstream", new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(
                        java.util.Locale.UK)).format(mainstreamBudget))
                .param("special", "£" + specialBudget.toPlainString()))
                .andExpect(redirectedUrl("/funding/budget?year=2025"));
        assertThat(audit.eventsAbout("FUNDING_BUDGET", "2025")).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo("FUNDING_BUDGET_SET");
            assertThat(a.actor()).isEqualTo("finance");
            assertThat(a.detailsJson()).contains("\"MAINSTREAM\": \"" + mainstreamBudget.toPlainString() + "\"",
                    "\"SPECIAL\": \"" + specialBudget.toPlainString() + "\"");
            if (budgetsBefore.isEmpty()) {
                assertThat(a.detailsJson()).contains("\"before\": {}");
            } else {
                budgetsBefore.values().forEach(v -> assertThat(a.detailsJson()).contains(v.toPlainString()));
            }
        });

        Document p = page("/funding/budget?year=2025", FINANCE);
        assertThat(p.selectFirst("h1").text()).isEqualTo("High needs top-up budget 2025-26");
        assertThat(p.getElementById("edit-budget")).isNotNull();
        Element m = p.getElementById("summary-MAINSTREAM");
        assertThat(m.selectFirst(".ob-budget").text()).isEqualTo(gbp(mainstreamBudget));
        assertThat(m.selectFirst(".ob-committed").text())
                .isEqualTo(gbp(committed(before, "MAINSTREAM").add(new BigDecimal("1400.00"))));
        assertThat(m.selectFirst(".ob-projected").text()).isEqualTo(m.selectFirst(".ob-committed").text());
        assertThat(m.selectFirst(".ob-variance").text()).isEqualTo("Over budget by £100.00");
        Element s = p.getElementById("summary-SPECIAL");
        assertThat(s.selectFirst(".ob-committed").text())
                .isEqualTo(gbp(committed(before, "SPECIAL").add(new BigDecimal("2500.00"))));
        assertThat(s.selectFirst(".ob-variance").text()).isEqualTo("Within budget £7,500.00 left");
        if (!budgetsBefore.containsKey("POST_16")) {
            assertThat(p.getElementById("summary-POST_16").selectFirst(".ob-budget").text()).isEqualTo("None recorded");
        }
        BigDecimal allBudget = budgets(2025).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Element all = p.getElementById("summary-ALL");
        assertThat(all.selectFirst(".ob-budget").text()).isEqualTo(gbp(allBudget));
        assertThat(all.selectFirst(".ob-committed").text())
                .isEqualTo(gbp(committed(before, "ALL").add(new BigDecimal("3900.00"))));

        assertMonth(p, before, "MAINSTREAM", "2025-04", "500.00", "500.00", mainstreamBudget);
        assertMonth(p, before, "MAINSTREAM", "2025-05", "700.00", "1200.00", mainstreamBudget);
        assertMonth(p, before, "MAINSTREAM", "2025-06", "200.00", "1400.00", mainstreamBudget);
        assertMonth(p, before, "MAINSTREAM", "2026-03", "0.00", "1400.00", mainstreamBudget);
        assertMonth(p, before, "SPECIAL", "2025-04", "2500.00", "2500.00", specialBudget);
        assertMonth(p, before, "ALL", "2025-04", "3000.00", "3000.00", allBudget);
        assertMonth(p, before, "ALL", "2025-05", "700.00", "3700.00", allBudget);
        if (before.getElementById("months-POST_16") == null) {
            assertThat(p.getElementById("months-POST_16")).isNull();
        }
        assertThat(p.getElementById("projection-basis").text()).contains("has not started");

        Document managerView = page("/funding/budget?year=2025", MANAGER);
        assertThat(managerView.getElementById("edit-budget")).isNull();
        Document form = page("/funding/budget/edit?year=2025", FINANCE);
        assertThat(form.getElementById("mainstream").attr("value")).isEqualTo(mainstreamBudget.toPlainString());
        assertThat(form.getElementById("special").attr("value")).isEqualTo(specialBudget.toPlainString());
    }

    /**
     * A month row: what was committed in the month and so far is what it was before plus this test's amounts,
     * and what is left is the budget less what is committed so far.
     */
    static void assertMonth(Document p, Document before, String key, String month, String ours, String oursSoFar,
            BigDecimal budget) {
        Element row = p.getElementById("month-" + key + "-" + month);
        assertThat(row).as(key + " " + month).isNotNull();
        BigDecimal running = month(before, key, month, ".ob-running").add(new BigDecimal(oursSoFar));
        assertThat(row.selectFirst(".ob-in-month").text())
                .isEqualTo(gbp(month(before, key, month, ".ob-in-month").add(new BigDecimal(ours))));
        assertThat(row.selectFirst(".ob-running").text()).isEqualTo(gbp(running));
        assertThat(row.selectFirst(".ob-left").text()).isEqualTo(left(budget.subtract(running)));
    }

    @Test
    void an_address_that_is_not_a_financial_year_is_not_found() throws Exception {
        mvc.perform(get("/funding/budget?year=twenty").with(user(FINANCE))).andExpect(status().isNotFound());
        mvc.perform(get("/funding/budget/edit?year=1899").with(user(FINANCE))).andExpect(status().isNotFound());
        SignedInUser senco = new SignedInUser(9802, "senco", "Sam Patel", Role.SENCO,
                settings.findByUrn("100001").orElseThrow().id(), null, true, true);
        mvc.perform(get("/funding/budget").with(user(senco))).andExpect(status().isForbidden());
        // Without a year the page shows the one today is in: on 15 June, April to June have gone.
        clock.setToday(of(2026, 6, 15));
        Document current = page("/funding/budget", FINANCE);
        assertThat(current.selectFirst("h1").text()).isEqualTo("High needs top-up budget 2026-27");
        assertThat(current.getElementById("projection-basis").text()).startsWith("So far 3 months have gone");
        clock.setToday(of(2027, 4, 1));
        assertThat(page("/funding/budget", FINANCE).getElementById("projection-basis").text())
                .startsWith("So far 1 month has gone");
    }
}
