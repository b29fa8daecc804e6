package uk.openband.casework;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

/** The case API end to end: the queue, a case in full, each action with its rules, and problem+json errors. */
@WebTest
class CaseApiTest {

    static final String DECISION = """
            "reasonCodes": ["EVIDENCE_SUPPORTS_LEVELS"], "writtenReason": "The evidence supports the levels.",
            "reviewDate": "2027-12-01\"""";

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;

    long newCase(Map<String, Integer> levels) {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, levels);
        return cases.forAssessment(a.id()).orElseThrow().id();
    }

    ResultActions post(String user, long id, String action, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/cases/" + id + "/" + action).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long version(long id) throws Exception {
        String json = mvc.perform(get("/api/v1/cases/" + id).with(httpBasic("officer", "demo")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.version")).longValue();
    }

    @Test
    void assign_return_and_a_delegated_decision_under_the_threshold() throws Exception {
        long id = newCase(CaseFixtures.BAND_3);
        post("officer", id, "assign", "{\"version\": " + version(id) + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_TRIAGE"))
                .andExpect(jsonPath("$.assignedOfficer").value("officer"));
        post("officer", id, "return-for-information", "{\"version\": " + version(id) + ", \"message\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("message"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the information you need from the school"));
        post("officer", id, "decide-delegated", "{\"version\": " + version(id) + ", " + DECISION + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FUNDED"))
                .andExpect(jsonPath("$.decision.band").value("3"))
                .andExpect(jsonPath("$.decision.annualAmount").value("5459.00"))
                .andExpect(jsonPath("$.decision.delegated").value(true))
                .andExpect(jsonPath("$.decision.reasons[0].code").value("EVIDENCE_SUPPORTS_LEVELS"))
                .andExpect(jsonPath("$.timeline[*].action").value(hasItem("CASE_DECIDED")));
        post("officer", id, "withdraw", "{\"version\": " + version(id) + ", \"reason\": \"Too late\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You cannot withdraw a case that is funded."));
    }

    @Test
    void delegation_above_the_threshold_is_refused_with_409() throws Exception {
        long id = newCase(CaseFixtures.BAND_4);
        post("officer", id, "assign", "{\"version\": " + version(id) + "}").andExpect(status().isOk());
        post("officer", id, "decide-delegated", "{\"version\": " + version(id) + ", " + DECISION + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("The indicated annual amount of £8446.00 is above")));
        mvc.perform(get("/api/v1/cases/" + id).with(httpBasic("officer", "demo")))
                .andExpect(jsonPath("$.state").value("IN_TRIAGE"))
                .andExpect(jsonPath("$.decisions").isEmpty());
    }

    @Test
    void an_override_needs_another_managers_approval_and_approving_your_own_is_refused() throws Exception {
        long id = newCase(CaseFixtures.BAND_3);
        post("manager", id, "assign", "{\"version\": " + version(id) + "}").andExpect(status().isOk());
        post("manager", id, "list-for-panel", "{\"version\": " + version(id) + "}")
                .andExpect(jsonPath("$.state").value("AT_PANEL"));
        post("manager", id, "decide", "{\"version\": " + version(id) + ", \"outcome\": \"AGREE_DIFFERENT\", "
                + "\"band\": \"5\", " + DECISION + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("overrideReason"));
        post("manager", id, "decide", "{\"version\": " + version(id) + ", \"outcome\": \"AGREE_DIFFERENT\", "
                + "\"band\": \"5\", \"overrideReason\": \"Observed needs are higher\", " + DECISION + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.decision.needsApproval").value(true))
                .andExpect(jsonPath("$.decision.status").value("AWAITING_APPROVAL"));
        post("manager", id, "approve", "{\"version\": " + version(id) + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "You recorded this override, so you cannot approve it. Another SEND manager must."));
        post("officer", id, "approve", "{\"version\": " + version(id) + "}").andExpect(status().isForbidden());
    }

    @Test
    void an_officer_records_an_override_and_the_manager_approves_it() throws Exception {
        long id = newCase(CaseFixtures.BAND_3);
        post("officer", id, "assign", "{\"version\": " + version(id) + "}");
        post("officer", id, "list-for-panel", "{\"version\": " + version(id) + "}");
        post("officer", id, "decide", "{\"version\": " + version(id) + ", \"outcome\": \"EXCEPTIONAL\", "
                + "\"annualAmount\": \"20000\", \"startPolicy\": \"CHOSEN\", \"startDate\": \"2027-01-04\", "
                + "\"overrideReason\": \"Needs far above the top band\", " + DECISION + "}")
                .andExpect(jsonPath("$.state").value("AWAITING_APPROVAL"));
        post("manager", id, "approve", "{\"version\": " + version(id) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FUNDED"))
                .andExpect(jsonPath("$.decision.annualAmount").value("20000.00"))
                .andExpect(jsonPath("$.decision.startDate").value("2027-01-04"))
                .andExpect(jsonPath("$.decision.approvedBy").value("manager"));
    }

    @Test
    void stale_versions_unknown_cases_and_bad_input_are_problems() throws Exception {
        long id = newCase(CaseFixtures.BAND_3);
        long v = version(id);
        post("officer", id, "assign", "{\"version\": " + v + "}").andExpect(status().isOk());
        post("manager", id, "assign", "{\"version\": " + v + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("Someone else changed this case")));
        post("officer", id, "assign", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        post("officer", id, "assign", "{\"version\": " + version(id) + ", \"officer\": \"senco\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("officer"));
        post("officer", id, "decide-delegated", "{\"version\": " + version(id) + ", \"reviewDate\": \"1 Dec\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewDate"))
                .andExpect(jsonPath("$.errors[0].message").value("reviewDate must be a date like 2027-01-04"));
        // Dates and amounts are read by the pages' rules, with the pages' messages.
        post("officer", id, "decide-delegated", "{\"version\": " + version(id) + ", \"reviewDate\": \"2027-02-30\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a real review date, like 1 9 2027"));
        post("officer", id, "decide", "{\"version\": " + version(id) + ", \"outcome\": \"EXCEPTIONAL\", "
                + "\"annualAmount\": \"12.345\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("annualAmount"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("The annual amount ")));
        post("officer", id, "decide", "{\"version\": " + version(id) + ", \"outcome\": \"MAYBE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("outcome must be one of ")));
        post("officer", 999_999_999L, "list-for-panel", "{\"version\": 0}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/999999999").with(httpBasic("officer", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases?state=NOPE").with(httpBasic("officer", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
    }

    @Test
    void the_queue_filters_and_counts_and_schools_cannot_see_it() throws Exception {
        long id = newCase(CaseFixtures.BAND_4);
        String reference = cases.detail(id).orElseThrow().summary().reference();
        long setting = CaseFixtures.schoolId(settings);
        mvc.perform(get("/api/v1/cases?state=SUBMITTED&band=4&need=SLD&officer=-&sort=NEWEST&setting=" + setting)
                        .with(httpBasic("officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[0].reference").value(reference))
                .andExpect(jsonPath("$.cases[0].indicatedAnnualAmount").value("8446.00"))
                .andExpect(jsonPath("$.counts.SUBMITTED").isNumber())
                .andExpect(jsonPath("$.pageSize").value(25));
        mvc.perform(get("/api/v1/cases").with(httpBasic("senco", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        post("admin", id, "assign", "{\"version\": 0}").andExpect(status().isForbidden());
    }
}
