package uk.openband.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.Rfc4180;
import uk.openband.testsupport.WebTest;

/**
 * Every indicator computed from a hand-made dataset in March 2061 (with February 2061 as the previous period and
 * March 2060 as the same period last year, dates nobody else's data uses), with the expected figures written out.
 */
@WebTest
class PerformanceIndicatorsTest {

    static final SignedInUser MANAGER = new SignedInUser(9501, "manager", "Manager", Role.SEND_MANAGER, null, null,
            true, true);

    @Autowired PerformanceIndicators indicators;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    static boolean loaded;

    @BeforeEach
    void dataset() {
        clock.setToday(LocalDate.of(2061, 4, 15));
        jdbc.update("INSERT INTO bank_holiday (holiday_date, name) VALUES (DATE '2061-03-14', 'Insight test holiday') "
                + "ON CONFLICT DO NOTHING");
        synchronized (PerformanceIndicatorsTest.class) {
            if (!loaded) {
                loaded = true;
                load();
            }
        }
    }

    @AfterEach
    void holidayGone() {
        jdbc.update("DELETE FROM bank_holiday WHERE holiday_date = DATE '2061-03-14'");
    }

    /** The dataset (the comments give what each row counts for). */
    void load() {
        InsightData d = new InsightData(jdbc, "MAINSTREAM");
        // A: submitted 1 March, triaged 3 March (due 8th: in target), decided by an officer 15 March (due 12 April:
        // in target, 9 working days with the 14th a bank holiday), disputed 20 March, upheld by a panel 27 March.
        long a = d.caseSubmitted("2061-03-01", "2061-03-01", LocalDate.of(2061, 3, 8), LocalDate.of(2061, 4, 12));
        d.triaged(a, "2061-03-03");
        long aDecision = d.decision(a, "2061-03-15", true, "AGREE_INDICATED", "3", "5459.00", false, null, null);
        d.event(a, "CASE_DISPUTED", "2061-03-20", "FUNDED", "DISPUTED", aDecision);
        d.decision(a, "2061-03-27", false, "AGREE_INDICATED", "3", "5459.00", false, null, null);
        d.agreement(a, aDecision, "2061-03-01", "2062-08-31", "2062-03-01", null);
        d.moderated(a, aDecision, "2061-03-15", 4, 3);
        // B: submitted 2 March, triaged 14 March (due 9th: late); a panel's downward override refused 22 March,
        // then decided by the panel 25 March (due 13 April: in target, 16 working days).
        long b = d.caseSubmitted("2061-03-02", "2061-03-02", LocalDate.of(2061, 3, 9), LocalDate.of(2061, 4, 13));
        d.triaged(b, "2061-03-14");
        d.decision(b, "2061-03-20", false, "DECLINE", null, null, true, null, "2061-03-22");
        d.decision(b, "2061-03-25", false, "AGREE_INDICATED", "3", "5459.00", false, null, null);
        // C: submitted 3 March, triaged 4th, returned for information 7th, resubmitted 20th (due 27th), triaged again
        // 22nd: only the triage of the latest submission counts (in target).
        long c = d.caseSubmitted("2061-03-03", "2061-03-20", LocalDate.of(2061, 3, 27), LocalDate.of(2061, 5, 1));
        d.triaged(c, "2061-03-04");
        d.event(c, "CASE_RETURNED_FOR_INFORMATION", "2061-03-07", "IN_TRIAGE", "INFO_REQUESTED", null);
        d.triaged(c, "2061-03-22");
        // D: submitted 30 March, nothing else yet.
        d.caseSubmitted("2061-03-30", "2061-03-30", LocalDate.of(2061, 4, 6), LocalDate.of(2061, 5, 11));
        // E: submitted 21 February (previous period), triaged 1 March (due 28 February: late), an upward panel
        // override (8,000.00 against 5,459.00) decided 28 March (due 4 April: in target, 24 working days), approved.
        long e = d.caseSubmitted("2061-02-21", "2061-02-21", LocalDate.of(2061, 2, 28), LocalDate.of(2061, 4, 4));
        d.triaged(e, "2061-03-01");
        d.decision(e, "2061-03-28", false, "AGREE_DIFFERENT", "4", "8000.00", true, "2061-03-29", null);
        // F: submitted 10 January, declined by an officer 10 March (due 21 February: late, 43 working days);
        // an agreement from an older decision, 2060 to 2061, reviewed June 2060; moderated: 4 of 4 agree.
        long f = d.caseSubmitted("2061-01-10", "2061-01-10", LocalDate.of(2061, 1, 17), LocalDate.of(2061, 2, 21));
        long fDecision = d.decision(f, "2061-03-10", true, "DECLINE", null, null, false, null, null);
        d.moderated(f, fDecision, "2061-03-10", 4, 4);
        long fOld = d.decision(f, "2059-12-01", true, "AGREE_INDICATED", "3", "5459.00", false, null, null);
        d.agreement(f, fOld, "2060-01-01", "2061-12-31", "2060-06-01", null);
        // G: submitted December 2060, returned for information twice in March.
        long g = d.caseSubmitted("2060-12-05", "2060-12-05", LocalDate.of(2060, 12, 12), LocalDate.of(2061, 1, 16));
        d.event(g, "CASE_RETURNED_FOR_INFORMATION", "2061-03-02", "IN_TRIAGE", "INFO_REQUESTED", null);
        d.event(g, "CASE_RETURNED_FOR_INFORMATION", "2061-03-16", "IN_TRIAGE", "INFO_REQUESTED", null);
        // H: submitted 20 January, decided by an officer 10 February (previous period: due 3 March, in target,
        // 15 working days; moderated 2 of 4), agreement from 1 February reviewed 15 March; disputed 25 March and
        // changed by a panel 30 March (an upward override).
        long h = d.caseSubmitted("2061-01-20", "2061-01-20", LocalDate.of(2061, 1, 27), LocalDate.of(2061, 3, 3));
        long hDecision = d.decision(h, "2061-02-10", true, "AGREE_INDICATED", "3", "5459.00", false, null, null);
        d.moderated(h, hDecision, "2061-02-10", 4, 2);
        d.agreement(h, hDecision, "2061-02-01", "2062-01-31", "2061-03-15", null);
        d.event(h, "CASE_DISPUTED", "2061-03-25", "FUNDED", "DISPUTED", hDecision);
        d.decision(h, "2061-03-30", false, "AGREE_DIFFERENT", "4", "7000.00", true, null, null);
        // K: submitted December 2060, decided 5 January; its agreement ended 10 March; disputed 29 March, not
        // decided again yet.
        long k = d.caseSubmitted("2060-12-06", "2060-12-06", LocalDate.of(2060, 12, 13), LocalDate.of(2061, 1, 17));
        long kDecision = d.decision(k, "2061-01-05", true, "AGREE_INDICATED", "3", "5459.00", false, null, null);
        d.agreement(k, kDecision, "2061-01-01", "2061-12-31", "2062-01-01", "2061-03-10");
        d.event(k, "CASE_DISPUTED", "2061-03-29", "FUNDED", "DISPUTED", kDecision);
        // L: the same period last year: submitted 15 March 2060, triaged the next day (due 22nd: in target).
        long l = d.caseSubmitted("2060-03-15", "2060-03-15", LocalDate.of(2060, 3, 22), LocalDate.of(2060, 4, 26));
        d.triaged(l, "2060-03-16");
    }

    @Test
    void every_indicator_of_march_against_february_and_march_last_year() {
        Indicators r = indicators.of(InsightPeriod.month(LocalDate.of(2061, 3, 1)));
        assertThat(r.previousPeriod()).isEqualTo(new InsightPeriod(LocalDate.of(2061, 2, 1), LocalDate.of(2061, 2, 28)));
        assertThat(r.samePeriodLastYear()).isEqualTo(new InsightPeriod(LocalDate.of(2060, 3, 1), LocalDate.of(2060, 3, 31)));
        assertThat(r.asAt()).isEqualTo(LocalDate.of(2061, 3, 31));

        figure(r, "requestsReceived", null, "4", "1", "1");
        figure(r, "triagedInTarget", null, "2", "0", "1");
        figure(r, "triagedInTarget", "outOf", "4", "0", "1");
        figure(r, "triagedInTarget", "percent", "50.0", null, "100.0");
        figure(r, "decidedInTarget", null, "3", "1", "0");
        figure(r, "decidedInTarget", "outOf", "4", "1", "0");
        figure(r, "decidedInTarget", "percent", "75.0", "100.0", null);
        figure(r, "decidedInTarget", "medianWorkingDays", "20.0", "15.0", null);
        figure(r, "delegatedDecisions", null, "2", "1", "0");
        figure(r, "panelDecisions", null, "4", "0", "0");
        figure(r, "overrides", null, "3", "0", "0");
        figure(r, "overrides", "upwards", "2", "0", "0");
        figure(r, "overrides", "downwards", "1", "0", "0");
        figure(r, "approvalsRefused", null, "1", "0", "0");
        figure(r, "returnedForInformation", null, "3", "0", "0");
        figure(r, "returnedForInformation", "cases", "2", "0", "0");
        figure(r, "returnedForInformation", "perCase", "1.5", null, null);
        figure(r, "disputesRaised", null, "3", "0", "0");
        figure(r, "disputesRaised", "upheld", "1", "0", "0");
        figure(r, "disputesRaised", "changed", "1", "0", "0");
        figure(r, "moderationAgreement", null, "7", "2", "0");
        figure(r, "moderationAgreement", "outOf", "8", "4", "0");
        figure(r, "moderationAgreement", "percent", "87.5", "50.0", null);
        figure(r, "activeAgreements", null, "3", "3", "1");
        figure(r, "pastReviewDate", null, "2", "1", "0");
        figure(r, "pastReviewDate", "outOf", "3", "3", "1");
        figure(r, "pastReviewDate", "percent", "66.7", "33.3", "0.0");
    }

    @Test
    void a_quarter_is_compared_with_the_quarter_before_and_a_custom_period_with_as_many_days_before() {
        Indicators q = indicators.of(InsightPeriod.quarter(LocalDate.of(2061, 2, 14)));
        assertThat(q.period()).isEqualTo(new InsightPeriod(LocalDate.of(2061, 1, 1), LocalDate.of(2061, 3, 31)));
        assertThat(q.previousPeriod()).isEqualTo(new InsightPeriod(LocalDate.of(2060, 10, 1), LocalDate.of(2060, 12, 31)));
        // January to March: A, B, C, D, E, F and H; October to December 2060: G and K; a year before: L.
        figure(q, "requestsReceived", null, "7", "2", "1");
        Indicators custom = indicators.of(new InsightPeriod(LocalDate.of(2061, 3, 1), LocalDate.of(2061, 3, 10)));
        assertThat(custom.previousPeriod()).isEqualTo(new InsightPeriod(LocalDate.of(2061, 2, 19), LocalDate.of(2061, 2, 28)));
        figure(custom, "requestsReceived", null, "3", "1", "0");
        assertThat(InsightPeriod.academicYear(LocalDate.of(2061, 3, 1)))
                .isEqualTo(new InsightPeriod(LocalDate.of(2060, 9, 1), LocalDate.of(2061, 8, 31)));
        assertThat(InsightPeriod.financialYear(LocalDate.of(2061, 3, 1)))
                .isEqualTo(new InsightPeriod(LocalDate.of(2060, 4, 1), LocalDate.of(2061, 3, 31)));
        assertThat(InsightPeriod.financialYear(LocalDate.of(2061, 3, 1)).previous())
                .isEqualTo(new InsightPeriod(LocalDate.of(2059, 4, 1), LocalDate.of(2060, 3, 31)));
        assertThat(new InsightPeriod(LocalDate.of(2060, 2, 1), LocalDate.of(2060, 2, 29)).yearBefore())
                .isEqualTo(new InsightPeriod(LocalDate.of(2059, 2, 1), LocalDate.of(2059, 2, 28)));
    }

    @Test
    void the_api_answers_each_indicator_by_name() throws Exception {
        mvc.perform(get("/api/v1/insight/indicators?from=2061-03-01&to=2061-03-31").with(user(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods.previousPeriod.from").value("2061-02-01"))
                .andExpect(jsonPath("$.periods.samePeriodLastYear.to").value("2060-03-31"))
                .andExpect(jsonPath("$.requestsReceived.value").value(4))
                .andExpect(jsonPath("$.requestsReceived.previousPeriod").value(1))
                .andExpect(jsonPath("$.requestsReceived.samePeriodLastYear").value(1))
                .andExpect(jsonPath("$.triagedInTarget.percent.value").value(50.0))
                .andExpect(jsonPath("$.triagedInTarget.percent.previousPeriod").doesNotExist())
                .andExpect(jsonPath("$.decidedInTarget.medianWorkingDays.value").value(20.0))
                .andExpect(jsonPath("$.delegatedDecisions.value").value(2))
                .andExpect(jsonPath("$.panelDecisions.value").value(4))
                .andExpect(jsonPath("$.overrides.upwards.value").value(2))
                .andExpect(jsonPath("$.approvalsRefused.value").value(1))
                .andExpect(jsonPath("$.returnedForInformation.value").value(3))
                .andExpect(jsonPath("$.disputesRaised.changed.value").value(1))
                .andExpect(jsonPath("$.moderationAgreement.percent.value").value(87.5))
                .andExpect(jsonPath("$.activeAgreements.previousPeriod").value(3))
                .andExpect(jsonPath("$.pastReviewDate.value").value(2));
        mvc.perform(get("/api/v1/insight/indicators?from=2061-03-31&to=2061-03-01").with(user(MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/insight/indicators?from=2061-03-01").with(user(MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/insight/indicators?from=March&to=2061-03-31").with(user(MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void the_page_shows_the_table_and_chart_and_the_csv_has_the_same_figures() throws Exception {
        String html = mvc.perform(get("/insight/indicators?period=month&date=2061-03-09").with(user(MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("period-heading").text()).isEqualTo("1 March 2061 to 31 March 2061");
        assertThat(page.getElementById("indicator-requestsReceived").text()).isEqualTo("Requests received 4 1 1");
        assertThat(page.getElementById("indicator-triagedInTarget-percent").text())
                .isEqualTo("Triaged within the target (%) 50.0% not applicable 100.0%");
        assertThat(page.getElementById("indicator-decidedInTarget-medianWorkingDays").text())
                .isEqualTo("Median working days to a decision 20.0 15.0 not applicable");
        assertThat(page.select("#indicators-chart[role=img]")).hasSize(1);
        assertThat(page.select("#indicators-chart g g rect")).hasSize(12 * 3);
        assertThat(page.getElementById("indicators-csv").attr("href"))
                .isEqualTo("/insight/indicators.csv?period=month&date=2061-03-09");

        byte[] csv = mvc.perform(get("/insight/indicators.csv?period=month&date=2061-03-09").with(user(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"indicators-2061-03-01-to-2061-03-31.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Rfc4180.parse(new String(csv, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("Indicator", "Measure", "From", "To", "Value");
        assertThat(rows).contains(List.of("pastReviewDate.percent", "Past their review date (%)", "2061-03-01",
                "2061-03-31", "66.7", "2061-02-01", "2061-02-28", "33.3", "2060-03-01", "2060-03-31", "0.0"));
        assertThat(rows).hasSize(1 + 27);

        Document custom = Jsoup.parse(mvc.perform(get("/insight/indicators?period=custom&from=2061-03-01&to=2061-03-10")
                .with(user(MANAGER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(custom.getElementById("indicator-requestsReceived").text()).isEqualTo("Requests received 3 1 0");
    }

    @Test
    void a_wrong_period_is_shown_in_the_error_summary_and_this_month_instead() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/insight/indicators?period=custom&from=2061-03-10&to=yesterday")
                .with(user(MANAGER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".govuk-error-summary a[href=#to]").text())
                .isEqualTo("Enter the date as year, month and day, for example 2026-01-31");
        assertThat(page.getElementById("period-heading").text()).isEqualTo("1 April 2061 to 30 April 2061");
        assertThat(page.getElementById("indicators-csv").attr("href")).isEqualTo("/insight/indicators.csv");
    }

    @Test
    void only_send_managers_and_admins_see_insight() throws Exception {
        for (Role refused : List.of(Role.SENCO, Role.PANEL_MEMBER, Role.FINANCE_OFFICER, Role.CASE_OFFICER)) {
            SignedInUser u = new SignedInUser(9502, "someone", "Someone", refused,
                    refused == Role.SENCO ? 1L : null, null, true, true);
            mvc.perform(get("/insight/indicators").with(user(u))).andExpect(status().isForbidden());
            mvc.perform(get("/insight/indicators.csv").with(user(u))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/insight/indicators").with(user(u))).andExpect(status().isForbidden());
        }
        SignedInUser admin = new SignedInUser(9503, "admin", "Admin", Role.ADMIN, null, null, true, true);
        mvc.perform(get("/insight/indicators").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/insight/indicators").with(httpBasic("finance", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/indicators").with(httpBasic("manager", "demo"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    private static void figure(Indicators r, String name, String part, String value, String previous, String lastYear) {
        Comparison c = part == null ? r.get(name).figure() : r.get(name).parts().get(part);
        assertThat(c).as(name + (part == null ? "" : "." + part)).isNotNull();
        check(name, part, "value", c.value(), value);
        check(name, part, "previousPeriod", c.previousPeriod(), previous);
        check(name, part, "samePeriodLastYear", c.samePeriodLastYear(), lastYear);
    }

    private static void check(String name, String part, String which, java.math.BigDecimal actual, String expected) {
        String label = name + (part == null ? "" : "." + part) + " " + which;
        if (expected == null) {
            assertThat(actual).as(label).isNull();
        } else {
            assertThat(actual).as(label).isNotNull();
            assertThat(actual.toPlainString()).as(label).isEqualTo(expected);
        }
    }
}
