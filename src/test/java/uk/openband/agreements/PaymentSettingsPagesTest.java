package uk.openband.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The payment settings page: who may use it, validation, and saving regenerates every agreement's lines. */
@WebTest
class PaymentSettingsPagesTest {

    static final SignedInUser FINANCE = new SignedInUser(9410, "finance", "Lee Turner", Role.FINANCE_OFFICER, null,
            null, true, true);
    static final SignedInUser OFFICER = new SignedInUser(9411, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);

    @Autowired MockMvc mvc;
    @Autowired PaymentSettings settings;
    @Autowired FundingAgreements funding;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory directory;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired JdbcTemplate jdbc;

    /** The form as stored, with the method and any fields given as name, value pairs changed. */
    MockHttpServletRequestBuilder form(String method, String... changes) {
        PaymentSettingsView s = settings.current();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("method", method);
        fields.put("version", Long.toString(s.version()));
        if (s.useTermlyAmount()) {
            fields.put("useTermlyAmount", "true");
        }
        for (AcademicYearView y : s.years()) {
            String p = "y" + y.startYear();
            fields.put(p + "-springStart-day", Integer.toString(y.springStart().getDayOfMonth()));
            fields.put(p + "-springStart-month", Integer.toString(y.springStart().getMonthValue()));
            fields.put(p + "-springStart-year", Integer.toString(y.springStart().getYear()));
            fields.put(p + "-summerStart-day", Integer.toString(y.summerStart().getDayOfMonth()));
            fields.put(p + "-summerStart-month", Integer.toString(y.summerStart().getMonthValue()));
            fields.put(p + "-summerStart-year", Integer.toString(y.summerStart().getYear()));
            fields.put(p + "-autumnWeight", Integer.toString(y.autumnWeight()));
            fields.put(p + "-springWeight", Integer.toString(y.springWeight()));
            fields.put(p + "-summerWeight", Integer.toString(y.summerWeight()));
        }
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder b = post("/funding/payment-settings").with(user(FINANCE)).with(csrf());
        fields.forEach(b::param);
        return b;
    }

    @Test
    void finance_and_admins_only() throws Exception {
        Document doc = Pages.parse(mvc.perform(get("/funding/payment-settings").with(user(FINANCE)))
                .andExpect(status().isOk()).andReturn());
        assertThat(doc.title()).startsWith("Payment settings");
        assertThat(doc.getElementById("method")).isNotNull();
        assertThat(doc.getElementById("y2026-springStart-day")).isNotNull();
        mvc.perform(get("/funding/payment-settings").with(user(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/funding/payment-settings").with(user(OFFICER)).with(csrf()).param("method", "DAILY"))
                .andExpect(status().isForbidden());
    }

    @Test
    void bad_term_dates_and_weights_are_explained_and_nothing_is_saved() throws Exception {
        PaymentSettingsView before = settings.current();
        Document doc = Pages.parse(mvc.perform(form("MONTHLY",
                        "y2026-springStart-day", "30", "y2026-springStart-month", "2",
                        "y2027-summerStart-day", "1", "y2027-summerStart-month", "1", "y2027-summerStart-year", "2028",
                        "y2028-autumnWeight", "seven"))
                .andExpect(status().isOk()).andReturn());
        assertThat(doc.title()).startsWith("Error: ");
        assertThat(doc.selectFirst(".govuk-error-summary a[href=#y2026-springStart-day]").text())
                .isEqualTo("The date the spring term 2026 to 2027 starts must be a real date, for example 6 1 2027");
        assertThat(doc.getElementById("y2027-summerStart-error").text()).isEqualTo("Error: The summer term of "
                + "2027 to 2028 must start after its spring term and by 31 August 2028");
        assertThat(doc.selectFirst(".govuk-error-summary a[href=#y2028-autumnWeight]").text())
                .isEqualTo("The term weights of 2028 to 2029 must be whole numbers");
        assertThat(doc.getElementById("y2028-weights-error")).isNotNull();
        assertThat(doc.getElementById("y2028-autumnWeight").val()).isEqualTo("seven");
        assertThat(doc.getElementById("y2026-details").hasAttr("open")).isTrue();
        assertThat(doc.getElementById("method-MONTHLY").hasAttr("checked")).isTrue();

        Document zero = Pages.parse(mvc.perform(form("TERMLY", "y2029-autumnWeight", "0",
                "y2029-springWeight", "0", "y2029-summerWeight", "0")).andReturn());
        assertThat(zero.getElementById("y2029-weights-error").text()).contains("at least one more than 0");
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void saving_another_method_works_out_every_agreements_lines_again() throws Exception {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, directory, CaseFixtures.BAND_3);
        CaseDetail c = queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = queries.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, StartPolicy.CHOSEN, LocalDate.of(2027, 5, 10), 3, LocalDate.of(2028, 3, 1),
                List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports every level.", null), "officer");
        AgreementView agreement = funding.search(PupilScope.allSettings(), a.pupilId(), null, null).get(0);
        PaymentSettingsView before = settings.current();
        try {
            mvc.perform(form("MONTHLY")).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/funding/payment-settings"));
            assertThat(settings.current().method()).isEqualTo(PaymentMethodKind.MONTHLY);
            assertThat(settings.current().updatedBy()).isEqualTo("finance");
            List<PaymentLineView> monthly = funding.schedule(PupilScope.allSettings(), agreement.id());
            // 10 May 2027 to 9 May 2028: a line per calendar month, part months pro rata.
            assertThat(monthly).hasSize(13);
            assertThat(monthly.get(0).label()).isEqualTo("May 2027");
            assertThat(monthly.get(12).label()).isEqualTo("May 2028");
            assertThat(monthly.stream().map(PaymentLineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isBetween(new BigDecimal("5400.00"), new BigDecimal("5500.00"));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PAYMENT_SETTINGS_CHANGED' "
                    + "AND details::text LIKE '%MONTHLY%'", Integer.class)).isPositive();

            // A stale form (the version read before this save) is refused in words.
            Document stale = Pages.parse(mvc.perform(form("DAILY", "version", Long.toString(before.version())))
                    .andExpect(status().isOk()).andReturn());
            assertThat(stale.selectFirst(".govuk-error-summary").text()).contains("Someone else changed the payment "
                    + "settings");
            assertThat(settings.current().method()).isEqualTo(PaymentMethodKind.MONTHLY);
        } finally {
            mvc.perform(form(before.method().name())).andExpect(status().is3xxRedirection());
        }
        assertThat(settings.current().method()).isEqualTo(before.method());
        assertThat(funding.schedule(PupilScope.allSettings(), agreement.id())).hasSizeLessThan(13);
    }
}
