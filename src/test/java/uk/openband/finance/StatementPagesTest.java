package uk.openband.finance;

import uk.openband.agreements.AgreementView;
import uk.openband.agreements.PaymentLineView;

import uk.openband.agreements.FundingAgreements;
import uk.openband.agreements.FundingFixtures;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.audit.AuditLog;
import uk.openband.directory.PupilScope;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.agreements.schedule.PaymentPeriod;
import uk.openband.directory.SettingDirectory;
import uk.openband.common.SettingCategory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * A setting's funding statement against hand-computed sums for a financial year, a month and two terms
 * (the due day is the later of a line's first day and the decision day), its CSV and PDF, and who may
 * see it: a SENCO their own setting's only (anything else is "page not found"), finance any setting's.
 * Every statement here is of a setting the test makes itself, so other tests' payments in the same recent
 * periods (financial years 2024-25 and 2025-26) never appear on it.
 */
@WebTest
class StatementPagesTest {

    static final SignedInUser FINANCE = new SignedInUser(9700, "finance", "Finn Grant", Role.FINANCE_OFFICER, null,
            null, true, true);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired FundingFixtures fixtures;
    @Autowired SettingDirectory settings;
    @Autowired AuditLog audit;
    @Autowired FundingAgreements agreements;

    long school;
    long otherSchool;
    long p1;
    long p2;
    String ref1;

    @BeforeEach
    void agreements() {
        school = fixtures.newSetting(SettingCategory.MAINSTREAM, "Statement Primary");
        otherSchool = fixtures.newSetting(SettingCategory.MAINSTREAM, "Other Primary");
        // Pupil 1: decided 20 May 2024, paid from April (the April line is back pay, due on the decision day).
        FundingFixtures.Decided d1 = fixtures.decided();
        long a1 = fixtures.agreement(d1, school, "+Band 3", of(2024, 5, 20), of(2024, 4, 1), of(2025, 3, 31));
        fixtures.line(a1, 1, of(2024, 4, 1), of(2024, 4, 30), "=HYPERLINK(\"http://x\",\"April\")", "ARREARS",
                "100.00");
        fixtures.line(a1, 2, of(2024, 5, 1), of(2024, 5, 31), "May 2024", "REGULAR", "100.00");
        fixtures.line(a1, 3, of(2024, 6, 1), of(2024, 6, 30), "June 2024", "REGULAR", "100.00");
        fixtures.line(a1, 4, of(2024, 9, 1), of(2024, 12, 31), "Autumn 2024", "REGULAR", "333.33");
        fixtures.line(a1, 5, of(2025, 1, 1), of(2025, 3, 31), "Spring 2025", "REGULAR", "250.00");
        ref1 = fixtures.reference(a1);
        p1 = d1.pupilId();
        // Pupil 2: decided before the year; one line in the year, one in the next.
        FundingFixtures.Decided d2 = fixtures.decided();
        long a2 = fixtures.agreement(d2, school, "Band 4", of(2024, 3, 1), of(2024, 4, 1), of(2025, 4, 30));
        fixtures.line(a2, 1, of(2024, 4, 1), of(2024, 8, 31), "Summer 2024", "REGULAR", "1000.10");
        fixtures.line(a2, 2, of(2025, 4, 1), of(2025, 4, 30), "April 2025", "REGULAR", "50.00");
        p2 = d2.pupilId();
        // Another setting's pupil in the same months: never on this statement.
        FundingFixtures.Decided d3 = fixtures.decided();
        long a3 = fixtures.agreement(d3, otherSchool, "Band 2", of(2024, 3, 1), of(2024, 4, 1), of(2025, 3, 31));
        fixtures.line(a3, 1, of(2024, 4, 1), of(2024, 8, 31), "Summer 2024", "REGULAR", "777.00");
    }

    SignedInUser senco(long setting) {
        return new SignedInUser(9701, "senco", "Sam Patel", Role.SENCO, setting, null, true, true);
    }

    Document page(String url, SignedInUser who) throws Exception {
        return Pages.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn());
    }

    static BigDecimal money(String shown) {
        return new BigDecimal(shown.replace("£", "").replace(",", ""));
    }

    @Test
    void the_financial_year_lists_each_pupils_lines_with_subtotals_and_a_total_that_add_up() throws Exception {
        Document p = page("/funding/statements/" + school + "?kind=FINANCIAL_YEAR&year=2024", senco(school));
        assertThat(p.getElementById("statement-heading").text()).contains("Statement Primary", "Financial year 2024-25");
        assertThat(p.getElementById("statement-total").text()).isEqualTo("£1,883.43");
        assertThat(p.getElementById("pupil-count").text()).isEqualTo("2");
        Element first = p.getElementById("pupil-" + p1);
        assertThat(first.select(".ob-statement-line")).hasSize(5);
        assertThat(first.selectFirst(".ob-subtotal").text()).isEqualTo("£883.33");
        assertThat(first.selectFirst("caption").text()).contains("UPN", ref1);
        assertThat(first.text()).contains("Back pay", "+Band 3", "20 May 2024");
        Element second = p.getElementById("pupil-" + p2);
        assertThat(second.select(".ob-statement-line")).hasSize(1);
        assertThat(second.selectFirst(".ob-subtotal").text()).isEqualTo("£1,000.10");
        BigDecimal lines = p.select(".ob-amount").stream().map(e -> money(e.text()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lines).isEqualByComparingTo("1883.43");
        assertThat(p.getElementById("total-amount").text()).isEqualTo("£1,883.43");
        assertThat(p.text()).doesNotContain("777.00", "£50.00");
        // The same sum as the due-day rule gives in SQL, the rule the finance export uses.
        assertThat(jdbc.queryForObject("SELECT sum(l.amount) FROM funding_payment_line l JOIN funding_agreement a "
                + "ON a.id = l.agreement_id WHERE a.setting_id = ? AND greatest(l.period_from, a.decision_date) "
                + "BETWEEN '2024-04-01' AND '2025-03-31'", BigDecimal.class, school)).isEqualByComparingTo("1883.43");
        assertThat(audit.eventsAbout("SETTING", Long.toString(school))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("FUNDING_STATEMENT_READ");
            assertThat(e.detailsJson()).contains("FY2024", "HTML");
        });
    }

    @Test
    void a_real_decisions_agreement_is_on_its_schools_statement_with_the_lines_due_in_the_period() throws Exception {
        FundingFixtures.Decided d = fixtures.decided();
        AgreementView agreement = agreements.find(PupilScope.allSettings(), fixtures.agreementOf(d)).orElseThrow();
        List<PaymentLineView> lines = agreements.schedule(PupilScope.allSettings(), agreement.id());
        assertThat(lines).isNotEmpty();
        LocalDate firstDue = PaymentPeriod.dueDay(lines.get(0).periodFrom(), agreement.decisionDate());
        for (PaymentPeriod period : List.of(PaymentPeriod.financialYear(FinancialYear.containing(firstDue)),
                PaymentPeriod.month(YearMonth.from(firstDue)))) {
            List<PaymentLineView> due = lines.stream().filter(l -> period.includesDueDay(
                    PaymentPeriod.dueDay(l.periodFrom(), agreement.decisionDate()))).toList();
            BigDecimal expected = due.stream().map(PaymentLineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            String query = period.kind() == PaymentPeriod.Kind.MONTH
                    ? "kind=MONTH&year=" + period.financialYear().startYear() + "&month=" + firstDue.getMonthValue()
                    : "kind=FINANCIAL_YEAR&year=" + period.financialYear().startYear();
            Document p = page("/funding/statements/" + agreement.settingId() + "?" + query, FINANCE);
            Element pupil = p.getElementById("pupil-" + agreement.pupilId());
            assertThat(pupil).as(period.code()).isNotNull();
            assertThat(pupil.select(".ob-statement-line")).hasSize(due.size());
            assertThat(money(pupil.selectFirst(".ob-subtotal").text())).isEqualByComparingTo(expected);
            assertThat(pupil.text()).contains(agreement.reference(), agreement.band());
        }
    }

    @Test
    void a_month_holds_the_lines_due_in_it_including_back_pay_due_on_the_decision_day() throws Exception {
        Document may = page("/funding/statements/" + school + "?kind=MONTH&year=2024&month=5", senco(school));
        assertThat(may.getElementById("statement-total").text()).isEqualTo("£200.00");
        assertThat(may.select(".ob-statement-line")).hasSize(2);
        Document april = page("/funding/statements/" + school + "?kind=MONTH&year=2024&month=4", senco(school));
        assertThat(april.getElementById("statement-total").text()).isEqualTo("£1,000.10");
        Document march = page("/funding/statements/" + school + "?kind=MONTH&year=2024&month=3", senco(school));
        assertThat(march.getElementById("statement-heading").text()).contains("March 2025");
        assertThat(march.getElementById("statement-total").text()).isEqualTo("£0.00");
        assertThat(march.getElementById("no-lines")).isNotNull();
    }

    @Test
    void a_term_uses_the_las_term_dates() throws Exception {
        Document summer = page("/funding/statements/" + school + "?kind=TERM&year=2024&term=SUMMER", senco(school));
        assertThat(summer.getElementById("statement-heading").text()).contains("Summer term 2024");
        assertThat(summer.getElementById("statement-total").text()).isEqualTo("£1,300.10");
        Document autumn = page("/funding/statements/" + school + "?kind=TERM&year=2024&term=AUTUMN", FINANCE);
        assertThat(autumn.getElementById("statement-total").text()).isEqualTo("£333.33");
        Document spring = page("/funding/statements/" + school + "?kind=TERM&year=2024&term=SPRING", FINANCE);
        assertThat(spring.getElementById("statement-total").text()).isEqualTo("£250.00");
    }

    @Test
    void a_period_not_chosen_properly_is_named_in_the_error_summary_and_beside_the_field() throws Exception {
        Document noTerm = page("/funding/statements/" + school + "?kind=TERM&year=2024", FINANCE);
        Pages.assertFieldError(noTerm, "term", "Select the term you want to see");
        assertThat(noTerm.getElementById("statement")).isNull();
        Document badMonth = page("/funding/statements/" + school + "?kind=MONTH&year=2024&month=13", FINANCE);
        Pages.assertFieldError(badMonth, "month", "Select the month you want to see");
        Document badYear = page("/funding/statements/" + school + "?kind=FINANCIAL_YEAR&year=20x0", FINANCE);
        Pages.assertFieldError(badYear, "year", "Select a financial year");
        // The year after the last one the term calendar holds (whatever other tests have added to it).
        int noTermDates = jdbc.queryForObject("SELECT max(start_year) + 1 FROM funding_academic_year", Integer.class);
        Document noDates = page("/funding/statements/" + school + "?kind=TERM&year=" + noTermDates + "&term=AUTUMN",
                FINANCE);
        Pages.assertFieldError(noDates, "term",
                "No term dates are recorded for that term; choose a month or the whole year");
        mvc.perform(get("/funding/statements/" + school + "/csv?kind=TERM&year=2024").with(user(FINANCE)))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/funding/statements/" + school + "?kind=TERM&year=2024"));
    }

    @Test
    void the_page_opens_on_the_current_financial_year() throws Exception {
        Document p = page("/funding/statements/" + school, senco(school));
        assertThat(p.getElementById("statement-heading").text()).contains("Financial year");
        assertThat(p.getElementById("kind").attr("value")).isEqualTo("FINANCIAL_YEAR");
        assertThat(p.getElementById("kind").hasAttr("checked")).isTrue();
        assertThat(p.getElementById("download-csv").attr("href")).contains("kind=FINANCIAL_YEAR", "year=");
    }

    @Test
    void the_csv_has_every_line_neutralised_text_and_the_total() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/funding/statements/" + school + "/csv?kind=FINANCIAL_YEAR&year=2024")
                .with(user(senco(school)))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(r.getHeader("Content-Disposition")).contains("attachment", "funding-statement-", "FY2024.csv");
        String csv = new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> rows = List.of(csv.split("\r\n", -1));
        assertThat(rows).hasSize(1 + 6 + 1 + 1);
        assertThat(rows.get(0)).startsWith("Setting URN,Setting name,Period,Pupil UPN,Pupil name,Band,")
                .endsWith(",Due,Amount");
        assertThat(rows.get(rows.size() - 1)).isEmpty();
        assertThat(rows.get(rows.size() - 2)).isEqualTo("Total,,FY2024,,,,,,,,,,1883.43");
        assertThat(csv).contains(",'+Band 3,", ",\"'=HYPERLINK(\"\"http://x\"\",\"\"April\"\")\",ARREARS,2024-04-01,"
                + "2024-04-30,2024-05-20,100.00");
        assertThat(csv).doesNotContain("777.00", ",50.00\r\n");
        BigDecimal sum = rows.subList(1, rows.size() - 2).stream()
                .map(row -> new BigDecimal(row.substring(row.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("1883.43");
    }

    @Test
    void the_pdf_has_the_lines_subtotals_and_total() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/funding/statements/" + school + "/pdf?kind=FINANCIAL_YEAR&year=2024")
                .with(user(FINANCE))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        assertThat(r.getHeader("Content-Disposition")).contains("attachment", "FY2024.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(r.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Funding statement", "Statement Primary", "Financial year 2024-25", ref1,
                    "£883.33", "£1,000.10", "£1,883.43", "Total (6 payments)");
        }
    }

    @Test
    void a_senco_sees_only_their_own_settings_statement() throws Exception {
        SignedInUser other = senco(otherSchool);
        for (String suffix : List.of("", "/csv", "/pdf")) {
            String url = "/funding/statements/" + school + suffix + "?kind=FINANCIAL_YEAR&year=2024";
            mvc.perform(get(url).with(user(other))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(user(senco(school)))).andExpect(status().isOk());
            mvc.perform(get(url).with(user(FINANCE))).andExpect(status().isOk());
            mvc.perform(get("/funding/statements/999999999" + suffix).with(user(FINANCE)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/funding/statements").with(user(other)))
                .andExpect(redirectedUrl("/funding/statements/" + otherSchool));
        Document own = page("/funding/statements/" + otherSchool + "?kind=FINANCIAL_YEAR&year=2024", other);
        assertThat(own.getElementById("statement-total").text()).isEqualTo("£777.00");
    }

    @Test
    void the_demo_sencos_each_see_their_own_school_and_not_the_other() throws Exception {
        long brookfield = settings.findByUrn("100001").orElseThrow().id();
        long hillside = settings.findByUrn("100002").orElseThrow().id();
        SignedInUser senco = new SignedInUser(9702, "senco", "Sam Patel", Role.SENCO, brookfield, null, true, true);
        SignedInUser senco2 = new SignedInUser(9703, "senco2", "Jo Morgan", Role.SENCO, hillside, null, true, true);
        mvc.perform(get("/funding/statements/" + brookfield).with(user(senco))).andExpect(status().isOk());
        mvc.perform(get("/funding/statements/" + hillside).with(user(senco))).andExpect(status().isNotFound());
        mvc.perform(get("/funding/statements/" + hillside + "/csv?kind=FINANCIAL_YEAR&year=2024").with(user(senco)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/funding/statements/" + brookfield + "/pdf?kind=FINANCIAL_YEAR&year=2024").with(user(senco2)))
                .andExpect(status().isNotFound());
    }

    @Test
    void finance_finds_any_setting_and_staff_without_funding_work_cannot() throws Exception {
        Document list = page("/funding/statements?q=" + settings.find(school).orElseThrow().urn(), FINANCE);
        assertThat(list.select("#settings a[href=/funding/statements/" + school + "]")).hasSize(1);
        SignedInUser panel = new SignedInUser(9704, "panel", "Pat Lee", Role.PANEL_MEMBER, null, null, true, true);
        mvc.perform(get("/funding/statements/" + school).with(user(panel))).andExpect(status().isForbidden());
    }

    @Test
    void the_navigation_and_home_page_link_to_the_statement() throws Exception {
        Document home = page("/", senco(school));
        assertThat(home.getElementById("statement-link").attr("href")).isEqualTo("/funding/statements");
        assertThat(home.select(".govuk-service-navigation a[href=/funding/statements]")).hasSize(1);
        Document financeHome = page("/", FINANCE);
        assertThat(financeHome.getElementById("statements-link")).isNotNull();
        assertThat(financeHome.getElementById("budget-link")).isNotNull();
    }
}
