package uk.openband.pupils;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** An API token acts with its user's role and setting: a SENCO's token sees only their own school's pupils. */
@WebTest
class PupilApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    String tokenOf(String username) throws Exception {
        UserView v = users.findByUsername(username).orElseThrow();
        SignedInUser who = new SignedInUser(v.id(), v.username(), v.displayName(), v.role(), v.settingId(), null, true, true);
        return Pages.parse(mvc.perform(post("/account/tokens").with(user(who)).with(csrf())
                .param("name", "MIS sync").param("expiresInDays", "30")).andExpect(status().isOk()).andReturn())
                .getElementById("token-secret").val();
    }

    @Test
    void a_sencos_token_sees_only_their_own_settings_pupils() throws Exception {
        String upn = PupilFixtures.newUpn();
        String location = mvc.perform(post("/api/v1/pupils").with(httpBasic("senco2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(PupilApiTest.json(upn, "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        String hillside = tokenOf("senco2");
        String brookfield = tokenOf("senco");
        mvc.perform(get("/api/v1/pupils").param("q", upn).header("Authorization", "Bearer " + hillside))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(location).header("Authorization", "Bearer " + hillside)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/pupils").param("q", upn).header("Authorization", "Bearer " + brookfield))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(location).header("Authorization", "Bearer " + brookfield)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + brookfield)).andExpect(status().isForbidden());
    }
}
