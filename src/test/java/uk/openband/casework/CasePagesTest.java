package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The officer queue, the case page and its actions, and the approvals page, through MockMvc. */
@WebTest
class CasePagesTest {

    static final SignedInUser OFFICER = new SignedInUser(9300, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);
    static final SignedInUser MANAGER = new SignedInUser(9301, "manager", "Chris Evans", Role.SEND_MANAGER, null,
            null, true, true);
    static final SignedInUser ADMIN = new SignedInUser(9302, "admin", "Admin", Role.ADMIN, null, null, true, true);

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;

    CaseDetail newCase(Map<String, Integer> levels) {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, levels);
        return cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
    }

    CaseDetail reload(CaseDetail c) {
        return cases.detail(c.id()).orElseThrow();
    }

    Document page(String url, SignedInUser who) throws Exception {
        return Pages.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn());
    }

    MockHttpServletRequestBuilder action(CaseDetail c, String name, SignedInUser who) {
        return post("/cases/" + c.id() + "/" + name).with(user(who)).with(csrf())
                .param("version", Long.toString(c.version()));
    }

    @Test
    void the_queue_shows_counts_filters_and_the_new_case() throws Exception {
        CaseDetail c = newCase(CaseFixtures.BAND_4);
        Document queue = page("/cases?state=SUBMITTED&band=4&sort=NEWEST&officer=-", OFFICER);
        assertThat(queue.title()).isEqualTo("Cases – OpenBand");
        assertThat(queue.getElementById("count-SUBMITTED").text()).matches("Submitted \\(\\d+\\)");
        assertThat(queue.getElementById("case-" + c.id()).text()).contains(c.summary().reference(), "Case Work", "£8,446.00");
        assertThat(queue.select("#state option[selected]").attr("value")).isEqualTo("SUBMITTED");
        mvc.perform(get("/cases").with(user(ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/cases").with(user(new SignedInUser(9303, "panel", "P", Role.PANEL_MEMBER, null, null, true,
                true)))).andExpect(status().isForbidden());
    }

    @Test
    void assign_return_with_the_error_pattern_and_the_school_sees_the_message() throws Exception {
        CaseDetail c = newCase(CaseFixtures.BAND_3);
        Document shown = page("/cases/" + c.id(), OFFICER);
        assertThat(shown.getElementById("pupil-summary").text()).contains("Case Work");
        assertThat(shown.getElementById("profile-table")).isNotNull();
        assertThat(shown.getElementById("score-trace").text()).contains("Total");
        assertThat(shown.getElementById("timeline").text()).contains("Request submitted and case opened");
        assertThat(shown.getElementById("assign-me")).isNotNull();
        assertThat(shown.getElementById("return-form")).isNull();

        mvc.perform(action(c, "assign", OFFICER).param("to", "me"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + c.id()));
        c = reload(c);
        Document refused = Pages.parse(mvc.perform(action(c, "return-for-information", OFFICER).param("message", "  "))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(refused, "message", "Enter the information you need from the school");
        assertThat(reload(c).state()).isEqualTo(CaseState.IN_TRIAGE);

        mvc.perform(action(c, "return-for-information", OFFICER).param("message", "Please send the EP report."))
                .andExpect(status().isFound());
        assertThat(reload(c).state()).isEqualTo(CaseState.INFO_REQUESTED);
        SignedInUser senco = new SignedInUser(9304, "senco", "Sam Patel", Role.SENCO, c.summary().settingId(), null,
                true, true);
        Document school = page("/assessments/" + c.summary().assessmentId(), senco);
        assertThat(school.getElementById("school-message").text()).isEqualTo("Please send the EP report.");
    }

    @Test
    void a_stale_form_is_told_the_case_changed() throws Exception {
        CaseDetail c = newCase(CaseFixtures.BAND_3);
        mvc.perform(action(c, "assign", OFFICER).param("to", "me")).andExpect(status().isFound());
        Document stale = Pages.parse(mvc.perform(action(c, "assign", MANAGER).param("to", "me"))
                .andExpect(status().isOk()).andReturn());
        assertThat(stale.title()).startsWith("Error: ");
        assertThat(stale.select(".govuk-error-summary a[href=#case-actions]").text())
                .startsWith("Someone else changed this case");
        assertThat(reload(c).assignedOfficer()).isEqualTo("officer");
    }

    @Test
    void delegated_decision_under_the_threshold_and_none_offered_above_it() throws Exception {
        CaseDetail c = newCase(CaseFixtures.BAND_3);
        workflow.assign(c.id(), c.version(), "officer");
        c = reload(c);
        Document form = page("/cases/" + c.id(), OFFICER);
        assertThat(form.getElementById("delegated-form")).isNotNull();

        Document refused = Pages.parse(mvc.perform(action(c, "decide-delegated", OFFICER)
                        .param("writtenReason", "").param("startPolicy", "SUBMISSION")
                        .param("reviewDate-day", "31").param("reviewDate-month", "2").param("reviewDate-year", "2027"))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a[href=#reviewDate-day]").text())
                .isEqualTo("Enter a real review date, like 1 9 2027");
        assertThat(refused.getElementById("reviewDate-day").val()).isEqualTo("31");

        Document missing = Pages.parse(mvc.perform(action(c, "decide-delegated", OFFICER)
                        .param("writtenReason", "").param("startPolicy", "SUBMISSION")
                        .param("reviewDate-day", "1").param("reviewDate-month", "10").param("reviewDate-year", "2027"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(missing, "writtenReason", "Enter the reason the school will read");
        assertThat(missing.select(".govuk-error-summary a[href=#reasonCodes]").text())
                .isEqualTo("Choose at least one reason");

        mvc.perform(action(c, "decide-delegated", OFFICER).param("reasonCodes", "EVIDENCE_SUPPORTS_LEVELS")
                        .param("writtenReason", "The evidence supports every level.").param("startPolicy", "SUBMISSION")
                        .param("reviewDate-day", "1").param("reviewDate-month", "10").param("reviewDate-year", "2027"))
                .andExpect(status().isFound());
        CaseDetail decided = reload(c);
        assertThat(decided.state()).isEqualTo(CaseState.FUNDED);
        assertThat(page("/cases/" + c.id(), OFFICER).getElementById("decision").text())
                .contains("Agreed the indicated band", "£5,459.00", "The evidence supports every level.");

        CaseDetail above = newCase(CaseFixtures.BAND_4);
        workflow.assign(above.id(), above.version(), "officer");
        above = reload(above);
        Document noForm = page("/cases/" + above.id(), OFFICER);
        assertThat(noForm.getElementById("delegated-form")).isNull();
        assertThat(noForm.getElementById("delegation-not-allowed").text()).contains("£6,000.00");
        Document posted = Pages.parse(mvc.perform(action(above, "decide-delegated", OFFICER)
                        .param("reasonCodes", "EVIDENCE_SUPPORTS_LEVELS").param("writtenReason", "Agreed")
                        .param("reviewDate-day", "1").param("reviewDate-month", "10").param("reviewDate-year", "2027"))
                .andExpect(status().isOk()).andReturn());
        assertThat(posted.select(".govuk-error-summary a[href=#case-actions]").text())
                .contains("is above the delegated limit of £6000.00");
        assertThat(reload(above).state()).isEqualTo(CaseState.IN_TRIAGE);
    }

    @Test
    void withdraw_needs_a_reason_and_a_withdrawn_case_offers_nothing() throws Exception {
        CaseDetail c = newCase(CaseFixtures.BAND_3);
        Document refused = Pages.parse(mvc.perform(action(c, "withdraw", OFFICER).param("reason", ""))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(refused, "reason", "Enter why the case is withdrawn");
        mvc.perform(action(c, "withdraw", OFFICER).param("reason", "School asked to withdraw"))
                .andExpect(status().isFound());
        Document withdrawn = page("/cases/" + c.id(), OFFICER);
        assertThat(withdrawn.getElementById("case-state").text()).isEqualTo("Withdrawn");
        assertThat(withdrawn.getElementById("withdraw-form")).isNull();
        mvc.perform(action(reload(c), "list-for-panel", OFFICER)).andExpect(status().isOk());
        mvc.perform(action(reload(c), "assign", ADMIN).param("to", "me")).andExpect(status().isForbidden());
        mvc.perform(get("/cases/999999999").with(user(OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void approvals_page_approves_another_persons_override_and_not_your_own() throws Exception {
        CaseDetail c = newCase(CaseFixtures.BAND_3);
        workflow.assign(c.id(), c.version(), "manager");
        workflow.listForPanel(c.id(), reload(c).version());
        decisions.decide(c.id(), reload(c).version(), new DecisionRequest(DecisionOutcome.AGREE_DIFFERENT, "5", null,
                null, null, null, java.time.LocalDate.of(2027, 12, 1), java.util.List.of("MODERATED_LEVELS"),
                "Needs are higher than indicated.", "Observation in class"), "manager");
        c = reload(c);
        Document mine = page("/cases/approvals", MANAGER);
        assertThat(mine.getElementById("approval-" + c.id()).text()).contains("You recorded this override");
        assertThat(mine.getElementById("approve-" + c.id())).isNull();
        Document own = Pages.parse(mvc.perform(action(c, "approve", MANAGER)).andExpect(status().isOk()).andReturn());
        assertThat(own.select(".govuk-error-summary a[href=#approval-" + c.id() + "]").text())
                .isEqualTo("You recorded this override, so you cannot approve it. Another SEND manager must.");

        SignedInUser other = new SignedInUser(9305, "manager2", "Another Manager", Role.SEND_MANAGER, null, null, true,
                true);
        Document refuse = Pages.parse(mvc.perform(action(c, "refuse-approval", other).param("reason-" + c.id(), ""))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(refuse, "reason-" + c.id(), "Enter why you refuse this override");
        mvc.perform(action(c, "approve", other)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/cases/" + c.id()));
        assertThat(reload(c).state()).isEqualTo(CaseState.FUNDED);
        mvc.perform(action(c, "approve", OFFICER)).andExpect(status().isForbidden());
        Document readOnly = page("/cases/approvals", ADMIN);
        assertThat(readOnly.select("button[id^=approve-]")).isEmpty();
    }
}
