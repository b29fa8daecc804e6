package uk.openband.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.openband.assessment.AssessmentApiSupport.version;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.openband.assessment.AssessmentApiSupport.Ref;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseSummary;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.TestDates;
import uk.openband.testsupport.WebTest;

/** The assessment API end to end against PostgreSQL: the journey, each error, and who may see what. */
@WebTest
class AssessmentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    SettingDirectory settings;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    CaseQueries cases;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentApiSupport api;
    long pupil;

    @BeforeEach
    void pupil() {
        api = new AssessmentApiSupport(mvc);
        pupil = AssessmentFixtures.newPupil(pupils, settings.findByUrn("100001").orElseThrow().id());
    }

    @Test
    void a_senco_starts_completes_and_submits_an_assessment_and_a_case_opens() throws Exception {
        String location = mvc.perform(post("/api/v1/assessments").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pupilId\": " + pupil + ", \"purpose\": \"NEW_REQUEST\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.framework.key").value("demo-high-needs-matrix"))
                .andExpect(jsonPath("$.framework.version").value("2025-26.1"))
                .andExpect(jsonPath("$.banding.key").value("demo-top-up-tariff"))
                .andExpect(jsonPath("$.banding.version").value("2026-27"))
                .andExpect(jsonPath("$.indicativeScore.total").value(0))
                .andExpect(jsonPath("$.indicativeScore.band").value("Local offer"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/api/v1/assessments/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ResultActions read = mvc.perform(get(location).with(httpBasic("senco", "demo"))).andExpect(status().isOk());

        ResultActions saved = api.levels("senco", id, version(read), AssessmentFixtures.HAND_COMPUTED_LEVELS)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.CL1.level").value(3))
                .andExpect(jsonPath("$.answers.CL1.evidence").value("Reading age four years behind"))
                .andExpect(jsonPath("$.answers.CL1.evidenceRequired").value(true))
                .andExpect(jsonPath("$.answers.CI2.evidence").doesNotExist())
                .andExpect(jsonPath("$.indicativeScore.total").value(38))
                .andExpect(jsonPath("$.indicativeScore.band").value("4"))
                .andExpect(jsonPath("$.indicativeScore.annualAmount").value("8446.00"))
                .andExpect(jsonPath("$.indicativeScore.exceptional").value(false))
                .andExpect(jsonPath("$.indicativeScore.trace").value(
                        hasItem("Cognition and learning: 3 + 4 = 7 points x 4 = 28, capped at 16")));

        ResultActions details = api.details("senco", id, version(saved), """
                        "consulted": true, "requestedStartDate": "%s",
                        "provision": [{"supportType": "Teaching assistant in class", "hoursPerWeek": "12.5",
                                       "costPerWeek": "250"},
                                      {"supportType": "Speech and language therapy", "hoursPerWeek": "1",
                                       "costPerWeek": "60.25"}]""".formatted(TestDates.requestedStart()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consulted").value(true))
                .andExpect(jsonPath("$.requestedStartDate").value(TestDates.requestedStart().toString()))
                .andExpect(jsonPath("$.provision[0].hoursPerWeek").value("12.50"))
                .andExpect(jsonPath("$.provision[0].costPerWeek").value("250.00"))
                .andExpect(jsonPath("$.provisionCostPerWeek").value("310.25"));

        api.submit("senco", id, version(details))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.reference").value(matchesPattern("OB-" + Year.now() + "-\\d{6}")))
                .andExpect(jsonPath("$.submittedBy").value("senco"))
                .andExpect(jsonPath("$.submittedScore.total").value(38))
                .andExpect(jsonPath("$.submittedScore.annualAmount").value("8446.00"))
                .andExpect(jsonPath("$.fundingCase.state").value("SUBMITTED"));

        CaseSummary opened = cases.forAssessment(id).orElseThrow();
        assertThat(opened.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(opened.indicatedTotal()).isEqualByComparingTo("38");
        assertThat(opened.indicatedBand()).isEqualTo("4");
        assertThat(opened.indicatedAnnualAmount()).isEqualByComparingTo(new BigDecimal("8446.00"));
        assertThat(opened.pupilId()).isEqualTo(pupil);
        Map<String, Object> pinned = jdbc.queryForMap("SELECT reference, framework_key, framework_version, banding_key, "
                + "banding_version FROM funding_case WHERE assessment_id = ?", id);
        assertThat(pinned).containsEntry("framework_key", "demo-high-needs-matrix")
                .containsEntry("framework_version", "2025-26.1")
                .containsEntry("banding_key", "demo-top-up-tariff")
                .containsEntry("banding_version", "2026-27")
                .containsEntry("reference", opened.reference());

        mvc.perform(get(location).with(httpBasic("officer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(opened.reference()))
                .andExpect(jsonPath("$.fundingCase.reference").value(opened.reference()));
        mvc.perform(get("/api/v1/pupils/" + pupil + "/assessments").with(httpBasic("senco", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(contains((int) id)))
                .andExpect(jsonPath("$[0].reference").value(opened.reference()));
    }

    @Test
    void starting_without_pupil_or_with_an_unknown_purpose_names_each_field() throws Exception {
        mvc.perform(post("/api/v1/assessments").with(httpBasic("senco", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\": \"HOLIDAY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("pupilId", "purpose")))
                .andExpect(jsonPath("$.errors[?(@.field == 'purpose')].message")
                        .value(hasItem("purpose must be NEW_REQUEST or ANNUAL_REVIEW")));
    }

    @Test
    void starting_for_a_pupil_that_does_not_exist_is_404() throws Exception {
        mvc.perform(post("/api/v1/assessments").with(httpBasic("senco", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pupilId\": 999999999, \"purpose\": \"NEW_REQUEST\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_save_with_a_stale_version_is_409_naming_who_changed_it() throws Exception {
        Ref a = api.start("senco", pupil);
        api.levels("senco", a.id(), a.version(), "{\"CL1\": {\"level\": 1}}").andExpect(status().isOk());
        api.levels("senco", a.id(), a.version(), "{\"CL2\": {\"level\": 1}}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(matchesPattern(".*changed by senco.*")))
                .andExpect(jsonPath("$.changedBy").value("senco"))
                .andExpect(jsonPath("$.currentVersion").value((int) a.version() + 1))
                .andExpect(jsonPath("$.current.answers.CL1.level").value(1));
    }

    @Test
    void an_unknown_domain_is_named() throws Exception {
        Ref a = api.start("senco", pupil);
        api.levels("senco", a.id(), a.version(), "{\"CL9\": {\"level\": 1}, \"CL1\": {\"level\": 1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("levels.CL9")))
                .andExpect(jsonPath("$.errors[0].message").value("There is no domain CL9 in this matrix"));
        assertThat(answersSaved(a.id())).isZero();
    }

    @Test
    void a_level_the_domain_does_not_have_is_named() throws Exception {
        Ref a = api.start("senco", pupil);
        api.levels("senco", a.id(), a.version(), "{\"CL1\": {\"level\": 9}, \"CL2\": {\"level\": -1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("levels.CL1.level", "levels.CL2.level")))
                .andExpect(jsonPath("$.errors[?(@.field == 'levels.CL1.level')].message")
                        .value(hasItem("Choose a level from 0 to 4 for Learning and attainment")));
    }

    @Test
    void evidence_longer_than_4000_characters_is_named() throws Exception {
        Ref a = api.start("senco", pupil);
        api.levels("senco", a.id(), a.version(), "{\"CL1\": {\"level\": 2, \"evidence\": \"" + "x".repeat(4001) + "\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("levels.CL1.evidence")))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Evidence for Learning and attainment must be 4000 characters or fewer"));
        api.levels("senco", a.id(), a.version(), "{\"CL1\": {\"level\": 2, \"evidence\": \"" + "x".repeat(4000) + "\"}}")
                .andExpect(status().isOk());
    }

    @Test
    void a_save_without_version_or_levels_is_400() throws Exception {
        Ref a = api.start("senco", pupil);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/assessments/" + a.id() + "/levels").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("version", "levels")));
    }

    @Test
    void bad_details_name_each_field() throws Exception {
        Ref a = api.start("senco", pupil);
        api.details("senco", a.id(), a.version(), """
                        "consulted": true, "requestedStartDate": "04/01/2027",
                        "provision": [{"supportType": "", "hoursPerWeek": "200", "costPerWeek": "12.345"},
                                      {"supportType": "Therapy", "hoursPerWeek": "two", "costPerWeek": "fifty"}]""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("requestedStartDate",
                        "provision[0].supportType", "provision[0].hoursPerWeek", "provision[0].costPerWeek",
                        "provision[1].hoursPerWeek", "provision[1].costPerWeek")))
                .andExpect(jsonPath("$.errors[?(@.field == 'requestedStartDate')].message")
                        .value(hasItem("requestedStartDate must be a date like 2027-01-04")));
        api.details("senco", a.id(), a.version(), """
                        "consulted": true, "requestedStartDate": "2027-02-30",
                        "provision": [{"supportType": "Therapy", "hoursPerWeek": "2", "costPerWeek": "£1,250.50"}]""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("requestedStartDate")))
                .andExpect(jsonPath("$.errors[0].message").value("The date funding should start must be a real date"));
        api.details("senco", a.id(), a.version(), """
                        "consulted": true, "requestedStartDate": "%s",
                        "provision": [{"supportType": "", "hoursPerWeek": "200", "costPerWeek": "12.345"}]"""
                        .formatted(TestDates.requestedStart()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("provision[0].supportType",
                        "provision[0].hoursPerWeek", "provision[0].costPerWeek")))
                .andExpect(jsonPath("$.errors[?(@.field == 'provision[0].hoursPerWeek')].message")
                        .value(hasItem("Hours a week in row 1 must be a number from 0 to 168, like 12.5")))
                .andExpect(jsonPath("$.errors[?(@.field == 'provision[0].costPerWeek')].message")
                        .value(hasItem("Cost a week in row 1 must be an amount in pounds, like 450.00")))
                .andExpect(jsonPath("$.errors[?(@.field == 'provision[0].supportType')].message")
                        .value(hasItem("Enter the type of support in row 1")));
        mvc.perform(get("/api/v1/assessments/" + a.id()).with(httpBasic("senco", "demo")))
                .andExpect(jsonPath("$.consulted").value(false))
                .andExpect(jsonPath("$.provision").isEmpty())
                .andExpect(jsonPath("$.version").value((int) a.version()));
    }

    @Test
    void a_start_date_more_than_two_years_from_today_is_refused_and_nothing_is_saved() throws Exception {
        Ref a = api.start("senco", pupil);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        // Read as the details page reads its date boxes (a 4-digit year from 2000), then the two-year window.
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("+99999-01-01", "requestedStartDate must be a date like 2027-01-04");
        refused.put("0001-01-01", "The year funding should start must be a 4-digit year, like 2026");
        refused.put(today.plusYears(2).plusDays(1).toString(), "The date funding should start must be within 2 years of today");
        refused.put(today.minusYears(2).minusDays(1).toString(), "The date funding should start must be within 2 years of today");
        for (var start : refused.entrySet()) {
            api.details("senco", a.id(), a.version(), "\"consulted\": true, \"requestedStartDate\": \"" + start.getKey() + "\"")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("requestedStartDate"))
                    .andExpect(jsonPath("$.errors[0].message").value(start.getValue()));
        }
        mvc.perform(get("/api/v1/assessments/" + a.id()).with(httpBasic("senco", "demo")))
                .andExpect(jsonPath("$.requestedStartDate").doesNotExist())
                .andExpect(jsonPath("$.consulted").value(false))
                .andExpect(jsonPath("$.version").value((int) a.version()));
        api.details("senco", a.id(), a.version(), "\"consulted\": true, \"requestedStartDate\": \""
                        + today.plusYears(2) + "\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestedStartDate").value(today.plusYears(2).toString()));
    }

    @Test
    void submitting_an_incomplete_assessment_lists_everything_missing_in_order() throws Exception {
        Ref a = api.start("senco", pupil);
        long v = version(api.levels("senco", a.id(), a.version(), "{\"CL1\": {\"level\": 3}}").andExpect(status().isOk()));
        api.submit("senco", a.id(), v)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("levels.CL1.evidence", "levels.CL2",
                        "levels.CI1", "levels.CI2", "levels.SEMH1", "levels.SEMH2", "levels.SP1", "levels.SP2",
                        "levels.SP3", "levels.IS1", "levels.IS2", "levels.SB1", "requestedStartDate", "consulted")))
                .andExpect(jsonPath("$.errors[1].message").value("Choose a level for Memory, processing and attention"))
                .andExpect(jsonPath("$.errors[0].message").value("Give evidence for Learning and attainment at level 3"));
        assertThat(cases.forAssessment(a.id())).isEmpty();
    }

    @Test
    void a_submitted_assessment_cannot_be_changed() throws Exception {
        Ref a = api.ready("senco", pupil);
        long v = version(api.submit("senco", a.id(), a.version()).andExpect(status().isOk()));
        api.levels("senco", a.id(), v, "{\"CL1\": {\"level\": 0}}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        api.details("senco", a.id(), v, "\"consulted\": false").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/assessments/" + a.id()).with(httpBasic("senco", "demo")))
                .andExpect(jsonPath("$.answers.CL1.level").value(3)).andExpect(jsonPath("$.consulted").value(true));
    }

    @Test
    void only_a_senco_changes_an_assessment_and_finance_cannot_read_one() throws Exception {
        Ref a = api.start("senco", pupil);
        api.levels("officer", a.id(), a.version(), "{\"CL1\": {\"level\": 1}}").andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assessments").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"pupilId\": " + pupil + ", \"purpose\": \"NEW_REQUEST\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assessments/" + a.id()).with(httpBasic("finance", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/pupils/" + pupil + "/assessments").with(httpBasic("finance", "demo")))
                .andExpect(status().isForbidden());
        for (String reader : new String[] {"officer", "panel", "manager", "admin"}) {
            mvc.perform(get("/api/v1/assessments/" + a.id()).with(httpBasic(reader, "demo"))).andExpect(status().isOk());
        }
    }

    @Test
    void the_api_is_documented_in_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("reader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/assessments'].post.summary").value("Start an assessment of a pupil"))
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/levels'].put.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/details'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessments/{id}/submit'].post.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/pupils/{id}/assessments'].get").exists());
    }

    private int answersSaved(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM assessment_answer WHERE assessment_id = ?", Integer.class, id);
    }
}
