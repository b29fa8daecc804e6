package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

/** The school disputes a decision through the API: its own cases only, within the window, with reasons. */
@WebTest
class CaseDisputeApiTest {

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired JdbcTemplate jdbc;

    ResultActions act(String user, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + id + "/" + action).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long version(long id) throws Exception {
        String json = mvc.perform(get("/api/v1/cases/" + id).with(httpBasic("officer", "demo")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.version")).longValue();
    }

    /** A case for the demo school's pupil, decided under delegation by the officer. */
    long decided() throws Exception {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        long id = cases.forAssessment(a.id()).orElseThrow().id();
        act("officer", id, "assign", "{\"version\": " + version(id) + "}").andExpect(status().isOk());
        act("officer", id, "decide-delegated", "{\"version\": " + version(id) + ", " + CaseApiTest.DECISION + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FUNDED"));
        return id;
    }

    @Test
    void the_schools_senco_disputes_with_reasons_and_an_officer_lists_it_for_the_panel() throws Exception {
        long id = decided();
        long v = version(id);
        act("senco2", id, "dispute", "{\"version\": " + v + ", \"reason\": \"Not ours\"}")
                .andExpect(status().isNotFound());
        act("officer", id, "dispute", "{\"version\": " + v + ", \"reason\": \"Officers cannot\"}")
                .andExpect(status().isForbidden());
        act("senco", id, "dispute", "{\"version\": " + v + ", \"reason\": \"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter why the school disputes the decision"));
        act("senco", id, "dispute", "{\"version\": " + v + ", \"reason\": \"The EP report shows more need.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISPUTED"))
                .andExpect(jsonPath("$.timeline").doesNotExist());
        assertThat(jdbc.queryForObject("SELECT dispute_reason FROM funding_case WHERE id = ?", String.class, id))
                .isEqualTo("The EP report shows more need.");
        act("senco", id, "dispute", "{\"version\": " + version(id) + ", \"reason\": \"Again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You cannot dispute a case that is disputed."));

        act("officer", id, "list-for-panel", "{\"version\": " + version(id) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AT_PANEL"))
                .andExpect(jsonPath("$.disputeReason").value("The EP report shows more need."))
                .andExpect(jsonPath("$.timeline[*].action").value(hasItem("CASE_DISPUTED")));
        // The panel decides it again: the new decision is the one in force.
        act("officer", id, "decide", "{\"version\": " + version(id) + ", \"outcome\": \"AGREE_INDICATED\", "
                + CaseApiTest.DECISION + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FUNDED"))
                .andExpect(jsonPath("$.decisions.length()").value(2));
    }

    @Test
    void after_the_window_the_dispute_is_refused_in_words() throws Exception {
        long id = decided();
        jdbc.update("UPDATE case_decision SET decided_at = decided_at - interval '40 days' WHERE case_id = ?", id);
        act("senco", id, "dispute", "{\"version\": " + version(id) + ", \"reason\": \"Too late\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "The time to dispute this decision ended on ")));
        assertThat(jdbc.queryForObject("SELECT state FROM funding_case WHERE id = ?", String.class, id))
                .isEqualTo("FUNDED");
    }

    @Test
    void the_database_refuses_a_disputed_case_without_reasons() throws Exception {
        long id = decided();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "UPDATE funding_case SET state = 'DISPUTED', dispute_reason = NULL WHERE id = ?", id))
                .hasMessageContaining("funding_case_disputed_has_reason");
    }
}
