package uk.openband.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

@WebTest
class PupilApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingDirectory settings;

    @Autowired
    PupilRegistry pupils;

    long brookfield;
    long hillside;

    @BeforeEach
    void ids() {
        brookfield = settings.findByUrn("100001").orElseThrow().id();
        hillside = settings.findByUrn("100002").orElseThrow().id();
    }

    static String json(String upn, String extra) {
        return """
                {"upn": "%s", "firstName": "Api", "lastName": "Pupil", "dateOfBirth": "2015-06-01", "sex": "M",
                 "ethnicity": "WBRI", "primaryNeed": "ASD", "ehcStatus": "NONE"%s}""".formatted(upn, extra);
    }

    @Test
    void a_senco_registers_a_pupil_at_their_setting_and_reads_it_back() throws Exception {
        String upn = PupilFixtures.newUpn();
        String location = mvc.perform(post("/api/v1/pupils").with(httpBasic("senco", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(upn, "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.settingId").value(brookfield))
                .andExpect(jsonPath("$.primaryNeed.description").value("Autistic spectrum disorder"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic("senco", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.upn").value(upn)).andExpect(jsonPath("$.temporaryUpn").value(false));
        mvc.perform(get("/api/v1/pupils").param("q", upn).with(httpBasic("officer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.pupils[0].upn").value(upn));
    }

    @Test
    void bad_fields_are_each_named_in_problem_json() throws Exception {
        mvc.perform(post("/api/v1/pupils").with(httpBasic("senco", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"upn": "A12", "firstName": "", "dateOfBirth": "27/13/2015", "sex": "X",
                                 "ethnicity": "ZZZZ", "primaryNeed": "ASD", "secondaryNeed": "ASD", "ehcStatus": "PLAN_ISSUED"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("upn", "firstName",
                        "lastName", "dateOfBirth", "sex", "ethnicity", "secondaryNeed", "ehcStatusDate")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("The UPN must be 13 characters, like A123456789012")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Ethnicity ZZZZ is not a DfE ethnicity code")));
    }

    @Test
    void a_wrong_check_letter_and_a_taken_upn() throws Exception {
        String upn = PupilFixtures.newUpn();
        mvc.perform(post("/api/v1/pupils").with(httpBasic("senco", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(PupilFixtures.wrongLetter(upn), "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("upn"))
                .andExpect(jsonPath("$.errors[0].message").value("The UPN's check letter should be " + upn.charAt(0)
                        + " — check the UPN"));
        pupils.register(PupilScope.allSettings(), PupilFixtures.data(upn, brookfield));
        mvc.perform(post("/api/v1/pupils").with(httpBasic("senco2", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(upn, ""))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "This UPN is already registered. Contact the local authority SEND team if you think it is this pupil"));
    }

    @Test
    void a_senco_cannot_register_at_another_setting_and_finance_cannot_read() throws Exception {
        mvc.perform(post("/api/v1/pupils").with(httpBasic("senco2", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(PupilFixtures.newUpn(), ", \"settingId\": " + brookfield)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("settingId"));
        mvc.perform(get("/api/v1/pupils").with(httpBasic("finance", "demo"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/pupils").with(httpBasic("panel", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json(PupilFixtures.newUpn(), ", \"settingId\": " + brookfield))).andExpect(status().isForbidden());
    }

    @Test
    void the_api_is_documented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(PupilFixtures.staff(uk.openband.identity.Role.CASE_OFFICER)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/pupils'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/pupils'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/pupils/{id}'].get").exists());
    }

    @Test
    void unauthenticated_calls_get_401() throws Exception {
        mvc.perform(get("/api/v1/pupils")).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void the_same_pupil_as_seen_by_its_own_senco() throws Exception {
        PupilDetails p = pupils.register(PupilScope.allSettings(), PupilFixtures.data(PupilFixtures.newUpn(), brookfield));
        mvc.perform(get("/api/v1/pupils/" + p.id()).with(httpBasic("senco", "demo"))).andExpect(status().isOk());
        assertThat(hillside).isNotEqualTo(brookfield);
    }
}
