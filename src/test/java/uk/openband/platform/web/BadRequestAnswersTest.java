package uk.openband.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.testsupport.SencoDrafts;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * What a careless or hostile client gets for ids that are not ids, list indexes a form cannot hold, and values of
 * the wrong type: a 404 or 400 page, or a 400 problem+json naming the field in plain words; never a 500, a Java
 * type's name or a stack trace, and nothing saved.
 */
@WebTest
class BadRequestAnswersTest {

    /** Too big for a long, negative, zero, not a number. */
    static final List<String> BAD_IDS = List.of("99999999999999999999", "-1", "0", "abc");

    @Autowired
    MockMvc mvc;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    SettingDirectory settings;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser senco;
    SignedInUser panel;
    long pupilId;

    @BeforeEach
    void pupil() {
        long brookfield = settings.findByUrn("100001").orElseThrow().id();
        senco = new SignedInUser(9001, "senco", "Sam Patel", Role.SENCO, brookfield, null, true, true);
        panel = new SignedInUser(9003, "panel2", "Pat Panel", Role.PANEL_MEMBER, null, null, true, true);
        pupilId = SencoDrafts.newPupil(pupils, brookfield, "778");
    }

    long start() throws Exception {
        return SencoDrafts.start(mvc, senco, pupilId);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from assessment where id = ?", Long.class, id);
    }

    static void plain(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(body).as("no Java names or stack traces").doesNotContain("uk.openband", "java.", "Exception:",
                "Cannot deserialize", "Failed to convert", "\tat ");
    }

    @Test
    void an_id_that_is_not_a_positive_long_is_page_not_found() throws Exception {
        for (String id : BAD_IDS) {
            for (String path : List.of("/assessments/" + id, "/assessments/" + id + "/check",
                    "/assessments/" + id + "/details")) {
                plain(mvc.perform(get(path).with(user(senco))).andExpect(status().isNotFound()).andReturn());
            }
            plain(mvc.perform(get("/panels/1/cases/" + id).with(user(panel))).andExpect(status().isNotFound())
                    .andReturn());
            plain(mvc.perform(get("/panels/" + id + "/cases/1").with(user(panel))).andExpect(status().isNotFound())
                    .andReturn());
        }
    }

    @Test
    void a_path_value_of_the_wrong_type_is_page_not_found_and_a_query_value_a_400_page() throws Exception {
        SignedInUser admin = new SignedInUser(9004, "admin", "Ann Admin", Role.ADMIN, null, null, true, true);
        plain(mvc.perform(get("/admin/banding-tables/1/settings/NOT_A_CATEGORY").with(user(admin)))
                .andExpect(status().isNotFound()).andReturn());
        MvcResult page = mvc.perform(get("/pupils").param("page", "99999999999999999999").with(user(senco)))
                .andExpect(status().isBadRequest()).andReturn();
        plain(page);
        assertThat(Pages.parse(page).select(".govuk-error-summary__list").text())
                .contains("page must be a whole number");
    }

    @Test
    void an_id_that_is_not_a_positive_long_is_a_400_from_the_api_naming_it() throws Exception {
        for (String id : BAD_IDS) {
            plain(mvc.perform(get("/api/v1/assessments/" + id).with(httpBasic("senco", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("id"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("The id in the address must be a whole number from 1 upwards"))
                    .andExpect(jsonPath("$.detail").value("The id in the address must be a whole number from 1 upwards"))
                    .andReturn());
            plain(mvc.perform(put("/api/v1/assessments/" + id + "/levels").with(httpBasic("senco", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"levels\": {\"CL1\": {\"level\": 1}}}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("id")).andReturn());
        }
    }

    @Test
    void a_list_index_the_details_form_cannot_hold_refuses_the_form_and_saves_nothing() throws Exception {
        long id = start();
        long before = version(id);
        for (String index : List.of("99999", "5", "-1", "abc", "99999999999999999999")) {
            MvcResult result = mvc.perform(post("/assessments/" + id + "/details").with(user(senco)).with(csrf())
                    .param("version", Long.toString(before)).param("consulted", "true")
                    .param("lines[" + index + "].supportType", "x"))
                    .andExpect(status().isBadRequest()).andReturn();
            plain(result);
            Document page = Pages.parse(result);
            assertThat(page.select(".govuk-error-summary__list").text())
                    .as(index).contains("The form you sent does not match this page");
        }
        assertThat(version(id)).as("nothing saved").isEqualTo(before);
    }

    @Test
    void a_json_body_of_the_wrong_shape_names_the_field_and_the_type_in_plain_words() throws Exception {
        plain(mvc.perform(post("/api/v1/assessments").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("The request body must be a JSON object"))
                .andExpect(jsonPath("$.detail").value("The request body must be a JSON object")).andReturn());
        plain(mvc.perform(post("/api/v1/assessments").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pupilId\": \"abc\", \"purpose\": \"NEW_REQUEST\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pupilId"))
                .andExpect(jsonPath("$.errors[0].message").value("pupilId must be a whole number")).andReturn());
        plain(mvc.perform(post("/api/v1/assessments").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pupilId\": 99999999999999999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pupilId"))
                .andExpect(jsonPath("$.errors[0].message").value("pupilId must be a whole number")).andReturn());
        long id = start();
        plain(mvc.perform(put("/api/v1/assessments/" + id + "/details").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(id) + ", \"provision\": [{\"supportType\": \"TA\", "
                                + "\"hoursPerWeek\": {\"a\": 1}, \"costPerWeek\": \"1.00\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("provision[0].hoursPerWeek"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("provision[0].hoursPerWeek must be text (a JSON string)")).andReturn());
        plain(mvc.perform(put("/api/v1/assessments/" + id + "/levels").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(id) + ", \"levels\": {\"CL1\": {\"level\": \"three\"}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("levels.CL1.level"))
                .andExpect(jsonPath("$.errors[0].message").value("levels.CL1.level must be a whole number")).andReturn());
        plain(mvc.perform(post("/api/v1/assessments").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pupilId\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "The request body could not be read as JSON: it is not well-formed JSON (line 1, column ")))
                .andReturn());
    }

    @Test
    void a_query_parameter_of_the_wrong_type_is_named_in_plain_words() throws Exception {
        plain(mvc.perform(get("/api/v1/pupils").param("page", "abc").with(httpBasic("senco", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("page must be a whole number")).andReturn());
    }

    @Test
    void a_form_value_of_the_wrong_type_is_a_govuk_field_message() throws Exception {
        long id = start();
        Document details = Pages.parse(mvc.perform(post("/assessments/" + id + "/details").with(user(senco)).with(csrf())
                .param("version", "abc").param("consulted", "maybe")).andExpect(status().isOk()).andReturn());
        assertThat(details.outerHtml()).doesNotContain("Failed to convert", "java.lang");
        assertThat(details.select(".govuk-error-summary__list").text())
                .contains("This page is out of date. Reload it and make your change again")
                .contains("Select whether the parent or young person has been consulted");

        SignedInUser admin = new SignedInUser(9004, "admin", "Ann Admin", Role.ADMIN, null, null, true, true);
        long setting = settings.findByUrn("100001").orElseThrow().id();
        MvcResult edit = mvc.perform(post("/admin/settings/" + setting + "/edit").with(user(admin)).with(csrf())
                .param("category", "NOT_A_CATEGORY").param("hostSettingId", "abc")).andExpect(status().isOk()).andReturn();
        plain(edit);
        Document page = Pages.parse(edit);
        assertThat(page.select(".govuk-error-summary__list").text()).contains("Choose a setting category")
                .contains("Choose the host school from the list");
    }
}
