package uk.openband.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * A blind re-score stays blind: once someone opens the blind re-score of a sampled case, the case page and
 * the case API refuse them that case, with a clear message, until the case is scored; others still open it.
 */
@WebTest
class BlindModerationCaseAccessTest {

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired ModerationSampling sampling;
    @Autowired JdbcTemplate jdbc;

    /** A band 3 case decided under delegation by "officer" in {@code month}, and drawn for moderation. */
    long sampledIn(YearMonth month) {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = cases.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, null, null, null, LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "The evidence supports every level.", null), "officer");
        jdbc.update("UPDATE case_decision SET decided_at = ? WHERE id = (SELECT decision_id FROM funding_case WHERE id = ?)",
                Timestamp.valueOf(month.atDay(15).atTime(12, 0)), c.id());
        ModerationSampling.Sample s = sampling.draw(month, 11L, "manager");
        assertThat(sampling.cases(s.id())).extracting(ModerationSampling.SampledCase::caseId).containsExactly(c.id());
        return c.id();
    }

    @Test
    void a_moderator_part_way_through_a_blind_re_score_cannot_open_the_case_until_it_is_saved() throws Exception {
        long caseId = sampledIn(YearMonth.of(ModerationTest.YEAR.getAndIncrement(), 7));
        String casePage = "/cases/" + caseId;

        // Before starting, the case is open to them.
        mvc.perform(get(casePage).with(user(ModerationTest.OTHER_OFFICER))).andExpect(status().isOk());

        mvc.perform(get("/moderation/cases/" + caseId).with(user(ModerationTest.OTHER_OFFICER)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'MODERATION_BLIND_STARTED' "
                + "AND subject_id = ? AND actor = 'officer2'", Integer.class, Long.toString(caseId))).isEqualTo(1);

        Document hidden = Pages.parse(mvc.perform(get(casePage).with(user(ModerationTest.OTHER_OFFICER)))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(hidden.getElementById("hidden-reason").text()).startsWith("You are re-scoring case OB-")
                .contains("blind for moderation");
        assertThat(hidden.getElementById("to-blind-score").attr("href")).isEqualTo("/moderation/cases/" + caseId);
        assertThat(hidden.text()).doesNotContain("Band 3", "5,459", "The evidence supports every level.");

        mvc.perform(get("/api/v1/cases/" + caseId).with(user(ModerationTest.OTHER_OFFICER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("blind for moderation")));
        long version = cases.detail(caseId).orElseThrow().version();
        mvc.perform(post("/api/v1/cases/" + caseId + "/withdraw").with(user(ModerationTest.OTHER_OFFICER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + ", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(cases.detail(caseId).orElseThrow().state()).isEqualTo(CaseState.FUNDED);

        // The request's pages and API show the levels too: refused the same way.
        long assessmentId = cases.summary(caseId).orElseThrow().assessmentId();
        Document request = Pages.parse(mvc.perform(get("/assessments/" + assessmentId)
                .with(user(ModerationTest.OTHER_OFFICER))).andExpect(status().isForbidden()).andReturn());
        assertThat(request.getElementById("hidden-reason").text()).contains("blind for moderation");
        mvc.perform(get("/api/v1/assessments/" + assessmentId).with(user(ModerationTest.OTHER_OFFICER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // Everybody else still opens it.
        mvc.perform(get("/assessments/" + assessmentId).with(user(ModerationTest.MANAGER))).andExpect(status().isOk());
        mvc.perform(get(casePage).with(user(ModerationTest.MANAGER))).andExpect(status().isOk());

        // Once the re-score is saved, the case opens to them again (and shows both).
        MockHttpServletRequestBuilder score = post("/moderation/cases/" + caseId).with(user(ModerationTest.OTHER_OFFICER))
                .with(csrf());
        ModerationTest.blindLevels().forEach((k, v) -> score.param("level-" + k, v.toString()));
        mvc.perform(score).andExpect(redirectedUrl("/moderation/cases/" + caseId));
        mvc.perform(get(casePage).with(user(ModerationTest.OTHER_OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + caseId).with(user(ModerationTest.OTHER_OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/assessments/" + assessmentId).with(user(ModerationTest.OTHER_OFFICER)))
                .andExpect(status().isOk());
    }
}
