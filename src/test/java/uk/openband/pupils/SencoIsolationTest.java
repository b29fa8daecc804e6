package uk.openband.pupils;

import uk.openband.platform.NotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.WebTest;

/** senco2 (Hillside) gets exactly what a missing pupil gets for every address of a senco (Brookfield) pupil. */
@WebTest
class SencoIsolationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingDirectory settings;

    @Autowired
    PupilRegistry pupils;

    PupilDetails brookfieldPupil;
    SignedInUser senco2;
    SignedInUser senco;

    @BeforeEach
    void pupilAtBrookfield() {
        long brookfield = settings.findByUrn("100001").orElseThrow().id();
        senco = PupilFixtures.senco(brookfield);
        senco2 = PupilFixtures.senco2(settings.findByUrn("100002").orElseThrow().id());
        brookfieldPupil = pupils.register(PupilScope.allSettings(), PupilFixtures.data(PupilFixtures.newUpn(), brookfield));
    }

    List<MockHttpServletRequestBuilder> pageRequests(long id, String upn) {
        return List.of(get("/pupils/" + id), get("/pupils/" + id + "/edit"),
                PupilFixtures.form(post("/pupils/" + id + "/edit"), upn, "Taken", "Over", "version", "0").with(csrf()));
    }

    @Test
    void every_page_of_another_settings_pupil_is_not_found_like_a_missing_one() throws Exception {
        long missing = Long.MAX_VALUE - 7;
        for (MockHttpServletRequestBuilder request : pageRequests(brookfieldPupil.id(), brookfieldPupil.upn())) {
            mvc.perform(request.with(user(senco2))).andExpect(status().isNotFound());
        }
        for (MockHttpServletRequestBuilder request : pageRequests(missing, brookfieldPupil.upn())) {
            mvc.perform(request.with(user(senco2))).andExpect(status().isNotFound());
        }
        assertThat(pupils.find(PupilScope.allSettings(), brookfieldPupil.id()).orElseThrow().firstName())
                .as("senco2's POST changed nothing").isEqualTo("Test");
        for (MockHttpServletRequestBuilder request : pageRequests(brookfieldPupil.id(), brookfieldPupil.upn())) {
            int status = mvc.perform(request.with(user(senco))).andReturn().getResponse().getStatus();
            assertThat(status).as("the owner's SENCO reaches it").isIn(200, 302);
        }
    }

    @Test
    void the_api_says_not_found_and_search_hides_the_pupil() throws Exception {
        mvc.perform(get("/api/v1/pupils/" + brookfieldPupil.id()).with(httpBasic("senco2", "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/pupils/" + (Long.MAX_VALUE - 7)).with(httpBasic("senco2", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pupils").param("q", brookfieldPupil.upn()).with(httpBasic("senco2", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        long brookfield = brookfieldPupil.settingId();
        mvc.perform(get("/api/v1/pupils").param("setting", Long.toString(brookfield)).with(httpBasic("senco2", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pupils[*].settingId")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(brookfield))));
        String page = mvc.perform(get("/pupils").param("q", brookfieldPupil.upn()).param("setting",
                Long.toString(brookfield)).with(user(senco2))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("/pupils/" + brookfieldPupil.id()).contains("id=\"no-pupils\"");
    }

    @Test
    void the_registry_itself_treats_other_settings_pupils_as_missing() {
        PupilScope hillside = PupilScope.setting(senco2.settingId());
        assertThat(pupils.find(hillside, brookfieldPupil.id())).isEmpty();
        assertThat(pupils.view(hillside, brookfieldPupil.id())).isEmpty();
        assertThat(pupils.summary(hillside, brookfieldPupil.id())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pupils.update(hillside, brookfieldPupil.id(),
                brookfieldPupil.version(), brookfieldPupil.data())).isInstanceOf(NotFound.class);
    }
}
