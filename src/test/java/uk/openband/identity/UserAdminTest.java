package uk.openband.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class UserAdminTest {

    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "Morgan Hughes", Role.ADMIN, null, null, true, true);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    SettingDirectory settings;

    @Autowired
    AuditLog audit;

    @Test
    void lists_users_with_role_and_status() throws Exception {
        Document page = Pages.parse(mvc.perform(get("/admin/users").with(user(ADMIN))).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).isEqualTo("Users – OpenBand");
        assertThat(page.select("table.govuk-table tbody tr").text()).contains("senco").contains("SENCO")
                .contains("Brookfield Primary School");
    }

    @Test
    void creating_a_user_with_nothing_filled_in_names_every_field() throws Exception {
        Document page = Pages.parse(mvc.perform(post("/admin/users/new").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "username", "Enter a username");
        Pages.assertFieldError(page, "displayName", "Enter the person's full name");
        Pages.assertFieldError(page, "role", "Choose a role");
        Pages.assertFieldError(page, "password", "Enter a password");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#username", "#displayName", "#role", "#password");
    }

    @Test
    void a_senco_needs_a_setting_and_a_short_password_is_refused() throws Exception {
        Document page = Pages.parse(mvc.perform(post("/admin/users/new").with(user(ADMIN)).with(csrf())
                .param("username", "new-senco").param("displayName", "New Senco").param("role", "SENCO")
                .param("password", "short")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "settingId", "Choose the setting this SENCO works at");
        assertThat(page.getElementById("username").val()).isEqualTo("new-senco");
        assertThat(page.getElementById("password").val()).isEmpty();
        assertThat(page.getElementById("role").hasAttr("checked")).isTrue();
    }

    @Test
    void a_taken_username_is_refused() throws Exception {
        Document page = Pages.parse(mvc.perform(post("/admin/users/new").with(user(ADMIN)).with(csrf())
                .param("username", "officer").param("displayName", "Another").param("role", "CASE_OFFICER")
                .param("password", "long enough password")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "username", "That username is already in use");
    }

    @Test
    void creates_a_senco_then_disables_and_re_enables_them_with_audit() throws Exception {
        String username = "senco-" + UUID.randomUUID().toString().substring(0, 6);
        long settingId = settings.findByUrn("100002").orElseThrow().id();
        String location = mvc.perform(post("/admin/users/new").with(user(ADMIN)).with(csrf())
                        .param("username", username).param("displayName", "Pat Jones").param("role", "SENCO")
                        .param("settingId", Long.toString(settingId)).param("password", "long enough password"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/users/");
        UserView created = users.findByUsername(username).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.SENCO);
        assertThat(created.settingName()).isEqualTo("Hillside Academy");

        mvc.perform(post(location + "/disable").with(user(ADMIN)).with(csrf())).andExpect(status().isFound());
        assertThat(users.find(created.id()).orElseThrow().enabled()).isFalse();
        mvc.perform(post(location + "/enable").with(user(ADMIN)).with(csrf())).andExpect(status().isFound());
        assertThat(users.find(created.id()).orElseThrow().enabled()).isTrue();

        assertThat(audit.eventsAbout("USER", username)).extracting(AuditEntry::action)
                .containsExactly("USER_CREATED", "USER_DISABLED", "USER_ENABLED");
        assertThat(audit.eventsAbout("USER", username).get(0).actor()).isEqualTo("admin");
    }

    @Test
    void reset_password_checks_the_confirmation() throws Exception {
        long id = users.findByUsername("finance").orElseThrow().id();
        Document page = Pages.parse(mvc.perform(post("/admin/users/" + id + "/password").with(user(ADMIN)).with(csrf())
                .param("password", "a long new password").param("confirmation", "something else"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "confirmation", "The passwords do not match");
    }

    @Test
    void an_admin_cannot_disable_themself() throws Exception {
        long id = users.findByUsername("admin").orElseThrow().id();
        mvc.perform(post("/admin/users/" + id + "/disable").with(user(ADMIN)).with(csrf())).andExpect(status().isFound());
        assertThat(users.find(id).orElseThrow().enabled()).isTrue();
    }

    @Test
    void an_unknown_user_id_is_not_found() throws Exception {
        mvc.perform(get("/admin/users/987654321").with(user(ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void admin_posts_need_csrf() throws Exception {
        long id = users.findByUsername("panel").orElseThrow().id();
        mvc.perform(post("/admin/users/" + id + "/disable").with(user(ADMIN)).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/disable").with(user(ADMIN))).andExpect(status().isFound());
        assertThat(users.find(id).orElseThrow().enabled()).isTrue();
    }
}
