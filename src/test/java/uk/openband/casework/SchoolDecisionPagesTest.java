package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The school's view of a decision: the summary, the decision notice (HTML and PDF) and the dispute form. */
@WebTest
class SchoolDecisionPagesTest {

    static final SignedInUser OFFICER = new SignedInUser(9300, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);
    static final SignedInUser MANAGER = new SignedInUser(9301, "manager", "Chris Evans", Role.SEND_MANAGER, null,
            null, true, true);

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired JdbcTemplate jdbc;

    SignedInUser senco() {
        return new SignedInUser(9310, "senco", "Sam Patel", Role.SENCO, CaseFixtures.schoolId(settings), null, true,
                true);
    }

    SignedInUser senco2() {
        return new SignedInUser(9311, "senco2", "Jo Morgan", Role.SENCO,
                settings.findByUrn("100002").orElseThrow().id(), null, true, true);
    }

    /** A decided case (under delegation) for a new pupil at the demo school; answers its assessment id. */
    CaseDetail decided() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = cases.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED,
                null, null, null, null, null, LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "The evidence supports every level.", null), "officer");
        return cases.detail(c.id()).orElseThrow();
    }

    Document page(String url, SignedInUser who) throws Exception {
        return Pages.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void the_senco_sees_the_decision_with_reasons_dates_and_how_to_dispute() throws Exception {
        CaseDetail c = decided();
        long a = c.summary().assessmentId();
        Document summary = page("/assessments/" + a, senco());
        assertThat(summary.getElementById("decision").text()).contains("Agreed the indicated band", "£5,459.00",
                "1 October 2027", "The evidence supports the levels the school chose",
                "The evidence supports every level.", "The decision used the levels the school chose.");
        assertThat(summary.getElementById("decision-notice-link").attr("href"))
                .isEqualTo("/assessments/" + a + "/decision-notice");
        assertThat(summary.getElementById("dispute-link")).isNotNull();
        // Officers read it too, without the dispute button.
        assertThat(page("/assessments/" + a, OFFICER).getElementById("dispute-link")).isNull();
    }

    @Test
    void the_decision_notice_is_addressed_to_the_school_and_only_its_senco_and_la_staff_open_it() throws Exception {
        CaseDetail c = decided();
        long a = c.summary().assessmentId();
        String url = "/assessments/" + a + "/decision-notice";
        Document notice = page(url, senco());
        assertThat(notice.title()).isEqualTo("Decision notice – OpenBand");
        assertThat(notice.getElementById("notice-address").text()).contains("Brookfield Primary School");
        assertThat(notice.getElementById("notice-pupil").text()).contains("Case Work");
        assertThat(notice.getElementById("how-to-review").text()).isEqualTo("How to ask for a review of this decision");
        assertThat(notice.text()).contains("within 28 days of the decision", c.summary().reference());
        page(url, OFFICER);
        page(url, MANAGER);
        mvc.perform(get(url).with(user(senco2()))).andExpect(status().isNotFound());
        mvc.perform(get(url + ".pdf").with(user(senco2()))).andExpect(status().isNotFound());

        MvcResult pdf = mvc.perform(get(url + ".pdf").with(user(senco()))).andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        // No decision yet: not found.
        AssessmentView undecided = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        mvc.perform(get("/assessments/" + undecided.id() + "/decision-notice").with(user(senco())))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_senco_disputes_with_reasons_and_errors_are_named() throws Exception {
        CaseDetail c = decided();
        long a = c.summary().assessmentId();
        String url = "/assessments/" + a + "/dispute";
        Document form = page(url, senco());
        assertThat(form.getElementById("reason")).isNotNull();
        mvc.perform(post(url).with(user(senco2())).with(csrf()).param("version", Long.toString(c.version()))
                .param("reason", "Not ours")).andExpect(status().isNotFound());

        Document error = Pages.parse(mvc.perform(post(url).with(user(senco())).with(csrf())
                .param("version", Long.toString(c.version())).param("reason", " ")).andExpect(status().isOk())
                .andReturn());
        assertThat(error.title()).startsWith("Error:");
        assertThat(error.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason");
        assertThat(error.getElementById("reason-error").text()).contains("Enter why the school disputes the decision");

        mvc.perform(post(url).with(user(senco())).with(csrf()).param("version", Long.toString(c.version()))
                .param("reason", "The speech and language report shows more need."))
                .andExpect(redirectedUrl("/assessments/" + a));
        assertThat(cases.detail(c.id()).orElseThrow().state()).isEqualTo(CaseState.DISPUTED);
        Document summary = page("/assessments/" + a, senco());
        assertThat(summary.getElementById("dispute-reason").text())
                .isEqualTo("The speech and language report shows more need.");
        assertThat(summary.getElementById("dispute-link")).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'CASE_DISPUTED' AND subject_id = ?",
                Integer.class, Long.toString(c.id()))).isEqualTo(1);

        // The officer reads the school's reasons and lists the case for the next panel.
        CaseDetail disputed = cases.detail(c.id()).orElseThrow();
        Document casePage = page("/cases/" + c.id(), OFFICER);
        assertThat(casePage.text()).contains("The school's dispute", "The speech and language report shows more need.");
        assertThat(casePage.getElementById("relist-form")).isNotNull();
        mvc.perform(post("/cases/" + c.id() + "/list-for-panel").with(user(OFFICER)).with(csrf())
                .param("version", Long.toString(disputed.version()))).andExpect(redirectedUrl("/cases/" + c.id()));
        assertThat(cases.detail(c.id()).orElseThrow().state()).isEqualTo(CaseState.AT_PANEL);
    }

    @Test
    void after_the_window_the_form_is_gone_and_a_late_dispute_is_refused_in_words() throws Exception {
        CaseDetail c = decided();
        long a = c.summary().assessmentId();
        jdbc.update("UPDATE case_decision SET decided_at = decided_at - interval '29 days' WHERE case_id = ?", c.id());
        assertThat(page("/assessments/" + a, senco()).getElementById("dispute-link")).isNull();
        mvc.perform(get("/assessments/" + a + "/dispute").with(user(senco())))
                .andExpect(redirectedUrl("/assessments/" + a));
        Document late = Pages.parse(mvc.perform(post("/assessments/" + a + "/dispute").with(user(senco())).with(csrf())
                .param("version", Long.toString(c.version())).param("reason", "Late")).andExpect(status().isOk())
                .andReturn());
        assertThat(late.getElementById("state-error").text()).contains("The time to dispute this decision ended on");
        assertThat(cases.detail(c.id()).orElseThrow().state()).isEqualTo(CaseState.FUNDED);
    }
}
