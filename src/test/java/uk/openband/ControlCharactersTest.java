package uk.openband;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.GiasImport;
import uk.openband.directory.GiasReport;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * NUL and the other C0 control characters (not tab, line feed, carriage return) in free text: every place that
 * answered 500 now refuses them with a message naming the field, pages keep what was typed, and nothing is saved.
 */
@WebTest
class ControlCharactersTest {

    static final String MESSAGE = "Text must not include control characters (such as NUL). Remove them and try again";
    static final SignedInUser OFFICER = new SignedInUser(9300, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);
    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "Morgan Hughes", Role.ADMIN, null, null, true, true);
    static final String DECISION = """
            "reasonCodes": ["EVIDENCE_SUPPORTS_LEVELS"], "writtenReason": "The evidence supports the levels.",
            "reviewDate": "2027-12-01\"""";

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired GiasImport gias;
    @Autowired JdbcTemplate jdbc;

    CaseDetail newCase() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        return cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
    }

    CaseDetail assigned() {
        CaseDetail c = newCase();
        workflow.assign(c.id(), c.version(), "officer");
        return cases.detail(c.id()).orElseThrow();
    }

    CaseDetail reload(CaseDetail c) {
        return cases.detail(c.id()).orElseThrow();
    }

    MockHttpServletRequestBuilder action(CaseDetail c, String name) {
        return post("/cases/" + c.id() + "/" + name).with(user(OFFICER)).with(csrf())
                .param("version", Long.toString(c.version()));
    }

    ResultActions api(String user, String path, String body) throws Exception {
        return mvc.perform(post("/api/v1" + path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static Document page(ResultActions result) throws Exception {
        return Pages.parse(result.andExpect(status().isOk()).andReturn());
    }

    // --- Case pages and API ---

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001b", "\u001f"})
    void return_for_information_message(String bad) throws Exception {
        CaseDetail c = assigned();
        Document refused = page(mvc.perform(action(c, "return-for-information").param("message", "Send" + bad + " it")));
        Pages.assertFieldError(refused, "message", MESSAGE);
        assertThat(refused.getElementById("message").text()).startsWith("Send").endsWith(" it");
        assertThat(reload(c).state()).isEqualTo(CaseState.IN_TRIAGE);
        api("officer", "/cases/" + c.id() + "/return-for-information",
                "{\"version\": " + c.version() + ", \"message\": \"Send it\\u0000\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("message"))
                .andExpect(jsonPath("$.errors[0].message").value(MESSAGE));
        assertThat(reload(c).state()).isEqualTo(CaseState.IN_TRIAGE);
    }

    @Test
    void tab_and_line_breaks_are_ordinary_text() throws Exception {
        CaseDetail c = assigned();
        mvc.perform(action(c, "return-for-information").param("message", "Please send:\r\n\tthe EP report"))
                .andExpect(status().isFound());
        assertThat(reload(c).state()).isEqualTo(CaseState.INFO_REQUESTED);
    }

    @Test
    void withdraw_reason() throws Exception {
        CaseDetail c = newCase();
        Document refused = page(mvc.perform(action(c, "withdraw").param("reason", "Moved\u0000away")));
        Pages.assertFieldError(refused, "reason", MESSAGE);
        assertThat(reload(c).state()).isEqualTo(CaseState.SUBMITTED);
        api("officer", "/cases/" + c.id() + "/withdraw", "{\"version\": " + c.version() + ", \"reason\": \"x\\u0000\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(reload(c).state()).isEqualTo(CaseState.SUBMITTED);
    }

    @Test
    void decide_delegated_written_reason() throws Exception {
        CaseDetail c = assigned();
        Document refused = page(mvc.perform(action(c, "decide-delegated").param("reasonCodes", "EVIDENCE_SUPPORTS_LEVELS")
                .param("writtenReason", "Agreed\u0000").param("startPolicy", "SUBMISSION")
                .param("reviewDate-day", "1").param("reviewDate-month", "10").param("reviewDate-year", "2027")));
        Pages.assertFieldError(refused, "writtenReason", MESSAGE);
        assertThat(reload(c).state()).isEqualTo(CaseState.IN_TRIAGE);
        api("officer", "/cases/" + c.id() + "/decide-delegated", "{\"version\": " + c.version() + ", "
                + DECISION.replace("The evidence supports the levels.", "Agreed\\u0007") + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("writtenReason"));
        assertThat(reload(c).state()).isEqualTo(CaseState.IN_TRIAGE);
    }

    @Test
    void dispute_reason() throws Exception {
        CaseDetail c = assigned();
        api("officer", "/cases/" + c.id() + "/decide-delegated", "{\"version\": " + c.version() + ", " + DECISION + "}")
                .andExpect(status().isOk());
        c = reload(c);
        SignedInUser senco = new SignedInUser(9304, "senco", "Sam Patel", Role.SENCO, c.summary().settingId(), null,
                true, true);
        long assessmentId = c.summary().assessmentId();
        Document refused = page(mvc.perform(post("/assessments/" + assessmentId + "/dispute").with(user(senco))
                .with(csrf()).param("version", Long.toString(c.version())).param("reason", "More need\u0000")));
        Pages.assertFieldError(refused, "reason", MESSAGE);
        assertThat(reload(c).state()).isEqualTo(CaseState.FUNDED);
        api("senco", "/cases/" + c.id() + "/dispute", "{\"version\": " + c.version() + ", \"reason\": \"\\u0000\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(reload(c).state()).isEqualTo(CaseState.FUNDED);
    }

    // --- Assessment details: provision lines, page and API ---

    long draft() {
        long setting = CaseFixtures.schoolId(settings);
        long pupil = CaseFixtures.newPupil(pupils, setting);
        return assessments.start(PupilScope.setting(setting), pupil, uk.openband.assessment.Purpose.NEW_REQUEST, "senco")
                .id();
    }

    int provisionLines(long id) {
        return jdbc.queryForObject("select count(*) from assessment_provision where assessment_id = ?", Integer.class, id);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from assessment where id = ?", Long.class, id);
    }

    @Test
    void provision_support_type_on_the_page() throws Exception {
        long id = draft();
        SignedInUser senco = new SignedInUser(9001, "senco", "Sam Patel", Role.SENCO, CaseFixtures.schoolId(settings),
                null, true, true);
        Document refused = page(mvc.perform(post("/assessments/" + id + "/details").with(user(senco)).with(csrf())
                .param("version", Long.toString(version(id))).param("consulted", "true")
                .param("requestedStartDate-day", "4").param("requestedStartDate-month", "1")
                .param("requestedStartDate-year", "2027").param("lines[0].supportType", "Teaching\u0000assistant")
                .param("lines[0].hours", "10").param("lines[0].cost", "150")));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href")).contains("#lines0-supportType");
        assertThat(refused.select(".govuk-error-summary__list").text()).contains(MESSAGE);
        assertThat(refused.getElementById("lines0-supportType").val()).startsWith("Teaching");
        assertThat(provisionLines(id)).isZero();
    }

    @Test
    void provision_support_type_in_the_api() throws Exception {
        long id = draft();
        mvc.perform(put("/api/v1/assessments/" + id + "/details").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": %d, "consulted": true, "requestedStartDate": "2027-01-04",
                                 "provision": [{"supportType": "Teaching\\u0000assistant", "hoursPerWeek": "10",
                                                "costPerWeek": "150"}]}""".formatted(version(id))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("provision[0].supportType"))
                .andExpect(jsonPath("$.errors[0].message").value(MESSAGE));
        assertThat(provisionLines(id)).isZero();
    }

    @Test
    void more_than_50_provision_lines_are_refused() throws Exception {
        long id = draft();
        String line = "{\"supportType\": \"Teaching assistant\", \"hoursPerWeek\": \"1\", \"costPerWeek\": \"10\"}";
        mvc.perform(put("/api/v1/assessments/" + id + "/details").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": %d, "consulted": true, "requestedStartDate": "2027-01-04",
                                 "provision": [%s]}""".formatted(version(id), String.join(",", java.util.Collections
                                .nCopies(51, line)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Enter 50 lines of provision or fewer"));
        assertThat(provisionLines(id)).isZero();
    }

    // --- Anything else that reaches PostgreSQL: a 400, never a 500 ---

    @ParameterizedTest
    @ValueSource(strings = {"/pupils?q=Ada%00", "/cases?need=%00", "/admin/settings?q=%00", "/api/v1/cases?need=%00"})
    void a_nul_in_a_search_is_never_a_500(String url) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(url));
        int status = mvc.perform(url.startsWith("/api") ? request.with(httpBasic("admin", "demo"))
                        : request.with(user(url.startsWith("/pupils") ? new SignedInUser(9001, "senco", "Sam Patel",
                                Role.SENCO, CaseFixtures.schoolId(settings), null, true, true) : ADMIN)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isLessThan(500);
    }

    // --- Administration: bank holidays, users; GIAS import ---

    @Test
    void bank_holiday_name() throws Exception {
        Document refused = page(mvc.perform(post("/admin/bank-holidays").with(user(ADMIN)).with(csrf())
                .param("date-day", "3").param("date-month", "6").param("date-year", "2031")
                .param("name", "Extra\u0000day")));
        Pages.assertFieldError(refused, "name", MESSAGE);
        assertThat(refused.getElementById("name").val()).startsWith("Extra");
        assertThat(jdbc.queryForObject("select count(*) from bank_holiday where holiday_date = date '2031-06-03'",
                Integer.class)).isZero();
    }

    @Test
    void new_user_display_name() throws Exception {
        String username = "nul-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Document refused = page(mvc.perform(post("/admin/users/new").with(user(ADMIN)).with(csrf())
                .param("username", username).param("displayName", "Pat\u0000Jones").param("role", "CASE_OFFICER")
                .param("password", "long enough password")));
        Pages.assertFieldError(refused, "displayName", MESSAGE);
        assertThat(refused.getElementById("displayName").val()).startsWith("Pat");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void gias_establishment_name_is_a_rejected_row_with_its_line_and_column() {
        String urn = Integer.toString(960_000 + ThreadLocalRandom.current().nextInt(30_000));
        String csv = "URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),"
                + "PhaseOfEducation (name),EstablishmentStatus (name),Postcode\n"
                + urn + ",999,2999,Bad\u0000Name School,Community school,Primary,Open,DM1 1AA\n";
        GiasReport report = gias.importFile(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.rejected()).hasSize(1);
        assertThat(report.rejected().get(0).line()).isEqualTo(2);
        assertThat(report.rejected().get(0).column()).isEqualTo(GiasImport.NAME);
        assertThat(report.rejected().get(0).reason()).contains("control characters");
        assertThat(settings.findByUrn(urn)).isEmpty();
        assertThat(report.added()).isZero();
        assertThat(List.of(report.rejected().get(0).reason())).noneMatch(r -> r.contains("\u0000"));
    }
}
