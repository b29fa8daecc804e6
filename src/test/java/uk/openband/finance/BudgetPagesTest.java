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
 * month against hand-computed sums. Financial year 2033 belongs to this class (nothing else pays in it).
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

    @Test
    void a_budget_that_is_not_a_positive_amount_in_pence_is_refused_field_by_field_and_nothing_is_saved()
            throws Exception {
        mvc.perform(post("/funding/budget/edit").with(user(FINANCE)).with(csrf()).param("year", "2089")
                .param("mainstream", "1000.00")).andExpect(redirectedUrl("/funding/budget?year=2089"));
        Document p = Pages.parse(mvc.perform(post("/funding/budget/edit").with(user(FINANCE)).with(csrf())
                .param("year", "2089").param("mainstream", "lots").param("special", "-5")
                .param("earlyYears", "10.999").param("post16", "0"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(p, "mainstream",
                "Enter the budget for mainstream as an amount in pounds, like 250000 or 250000.50");
        Pages.assertFieldError(p, "special", "The budget for special school must be more than £0");
        Pages.assertFieldError(p, "earlyYears", "The budget for early years must have no more than 2 decimal places");
        Pages.assertFieldError(p, "post16", "The budget for post-16 must be more than £0");
        assertThat(p.getElementById("mainstream").attr("value")).isEqualTo("lots");
        assertThat(jdbc.queryForList("SELECT category, amount FROM funding_budget WHERE financial_year = 2089"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("category")).isEqualTo("MAINSTREAM");
                    assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("1000.00");
                });
        mvc.perform(post("/funding/budget/edit").with(user(MANAGER)).with(csrf()).param("year", "2089")
                .param("mainstream", "5.00")).andExpect(status().isForbidden());
    }

    @Test
    void the_page_shows_committed_spend_by_category_and_month_against_the_budget() throws Exception {
        FundingFixtures f = fixtures;
        long mainstream = f.newSetting(SettingCategory.MAINSTREAM, "Budget Primary");
        long special = f.newSetting(SettingCategory.SPECIAL, "Budget Special");
        long e = f.agreement(f.decided(), mainstream, "Band 3", of(2033, 3, 15), of(2033, 4, 1), of(2033, 5, 31));
        f.line(e, 1, of(2033, 4, 1), of(2033, 4, 30), "April", "REGULAR", "500.00");
        f.line(e, 2, of(2033, 5, 1), of(2033, 5, 31), "May", "REGULAR", "500.00");
        long g = f.agreement(f.decided(), mainstream, "Band 3", of(2033, 5, 20), of(2033, 4, 1), of(2033, 6, 30));
        f.line(g, 1, of(2033, 4, 1), of(2033, 4, 30), "April (back pay)", "ARREARS", "200.00");
        f.line(g, 2, of(2033, 6, 1), of(2033, 6, 30), "June", "REGULAR", "200.00");
        long h = f.agreement(f.decided(), special, "Band 5", of(2033, 3, 1), of(2033, 3, 1), of(2033, 8, 31));
        f.line(h, 1, of(2033, 3, 1), of(2033, 3, 31), "March (year before)", "REGULAR", "77.00");
        f.line(h, 2, of(2033, 4, 1), of(2033, 8, 31), "Summer", "REGULAR", "2500.00");

        mvc.perform(post("/funding/budget/edit").with(user(FINANCE)).with(csrf()).param("year", "2033")
                .param("mainstream", "1,300").param("special", "£10000.00"))
                .andExpect(redirectedUrl("/funding/budget?year=2033"));
        assertThat(audit.eventsAbout("FUNDING_BUDGET", "2033")).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("FUNDING_BUDGET_SET");
            assertThat(a.actor()).isEqualTo("finance");
            assertThat(a.detailsJson()).contains("\"MAINSTREAM\": \"1300.00\"", "\"SPECIAL\": \"10000.00\"", "\"before\": {}");
        });

        clock.setToday(of(2033, 1, 10));
        Document p = page("/funding/budget?year=2033", FINANCE);
        assertThat(p.selectFirst("h1").text()).isEqualTo("High needs top-up budget 2033-34");
        assertThat(p.getElementById("edit-budget")).isNotNull();
        Element m = p.getElementById("summary-MAINSTREAM");
        assertThat(m.selectFirst(".ob-budget").text()).isEqualTo("£1,300.00");
        assertThat(m.selectFirst(".ob-committed").text()).isEqualTo("£1,400.00");
        assertThat(m.selectFirst(".ob-projected").text()).isEqualTo("£1,400.00");
        assertThat(m.selectFirst(".ob-variance").text()).isEqualTo("Over budget by £100.00");
        Element s = p.getElementById("summary-SPECIAL");
        assertThat(s.selectFirst(".ob-committed").text()).isEqualTo("£2,500.00");
        assertThat(s.selectFirst(".ob-variance").text()).isEqualTo("Within budget £7,500.00 left");
        assertThat(p.getElementById("summary-POST_16").selectFirst(".ob-budget").text()).isEqualTo("None recorded");
        Element all = p.getElementById("summary-ALL");
        assertThat(all.selectFirst(".ob-budget").text()).isEqualTo("£11,300.00");
        assertThat(all.selectFirst(".ob-committed").text()).isEqualTo("£3,900.00");

        assertMonth(p, "MAINSTREAM", "2033-04", "£500.00", "£500.00", "£800.00");
        assertMonth(p, "MAINSTREAM", "2033-05", "£700.00", "£1,200.00", "£100.00");
        assertMonth(p, "MAINSTREAM", "2033-06", "£200.00", "£1,400.00", "−£100.00 Over budget");
        assertMonth(p, "MAINSTREAM", "2034-03", "£0.00", "£1,400.00", "−£100.00 Over budget");
        assertMonth(p, "SPECIAL", "2033-04", "£2,500.00", "£2,500.00", "£7,500.00");
        assertMonth(p, "ALL", "2033-04", "£3,000.00", "£3,000.00", "£8,300.00");
        assertMonth(p, "ALL", "2033-05", "£700.00", "£3,700.00", "£7,600.00");
        assertThat(p.getElementById("months-POST_16")).isNull();
        assertThat(p.getElementById("projection-basis").text()).contains("has not started");

        Document managerView = page("/funding/budget?year=2033", MANAGER);
        assertThat(managerView.getElementById("edit-budget")).isNull();
        Document form = page("/funding/budget/edit?year=2033", FINANCE);
        assertThat(form.getElementById("mainstream").attr("value")).isEqualTo("1300.00");
        assertThat(form.getElementById("special").attr("value")).isEqualTo("10000.00");
    }

    static void assertMonth(Document p, String key, String month, String committed, String running, String left) {
        Element row = p.getElementById("month-" + key + "-" + month);
        assertThat(row).as(key + " " + month).isNotNull();
        assertThat(row.selectFirst(".ob-in-month").text()).isEqualTo(committed);
        assertThat(row.selectFirst(".ob-running").text()).isEqualTo(running);
        assertThat(row.selectFirst(".ob-left").text()).isEqualTo(left);
    }

    @Test
    void an_address_that_is_not_a_financial_year_is_not_found() throws Exception {
        mvc.perform(get("/funding/budget?year=twenty").with(user(FINANCE))).andExpect(status().isNotFound());
        mvc.perform(get("/funding/budget/edit?year=1899").with(user(FINANCE))).andExpect(status().isNotFound());
        SignedInUser senco = new SignedInUser(9802, "senco", "Sam Patel", Role.SENCO,
                settings.findByUrn("100001").orElseThrow().id(), null, true, true);
        mvc.perform(get("/funding/budget").with(user(senco))).andExpect(status().isForbidden());
        // Without a year the page shows the one today is in: on 15 June, April to June have gone.
        clock.setToday(of(2033, 6, 15));
        Document current = page("/funding/budget", FINANCE);
        assertThat(current.selectFirst("h1").text()).isEqualTo("High needs top-up budget 2033-34");
        assertThat(current.getElementById("projection-basis").text()).startsWith("So far 3 months have gone");
        clock.setToday(of(2034, 4, 1));
        assertThat(page("/funding/budget", FINANCE).getElementById("projection-basis").text())
                .startsWith("So far 1 month has gone");
    }
}
