package uk.openband.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock testClock;

    /** Creates a token on the person's own page, as they would; returns the secret shown once. */
    static String createToken(MockMvc mvc, SignedInUser who, String name, int days) throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").with(user(who)).with(csrf())
                .param("name", name).param("expiresInDays", Integer.toString(days)))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
        Document page = Pages.parse(created);
        assertThat(page.select("h1").text()).isEqualTo("API token created");
        return page.getElementById("token-secret").val();
    }

    SignedInUser newUser(Role role) {
        String username = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        UserView v = users.create(new NewUser(username, "Token User", null, role, null, "correct horse battery", false));
        return new SignedInUser(v.id(), v.username(), v.displayName(), role, null, null, true, true);
    }

    @Test
    void a_token_is_created_once_shown_stored_hashed_used_as_bearer_and_revoked() throws Exception {
        SignedInUser officer = newUser(Role.CASE_OFFICER);
        String secret = createToken(mvc, officer, "Nightly report", 30);
        assertThat(secret).startsWith("obt_").hasSize(4 + 43);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_hash = encode(sha256(?::bytea), 'hex')"
                + " AND hint = ?", Integer.class, secret, secret.substring(0, 8))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_hash = ? OR name = ?",
                Integer.class, secret, secret)).isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(officer.getUsername()))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/exports").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));

        Document list = Pages.parse(mvc.perform(get("/account/tokens").with(user(officer))).andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("#tokens tbody tr").text()).contains("Nightly report").contains(secret.substring(0, 8) + "…")
                .contains("Active").doesNotContain(secret);
        assertThat(list.html()).doesNotContain(secret);
        long id = jdbc.queryForObject("SELECT id FROM api_token WHERE hint = ? AND name = 'Nightly report'", Long.class,
                secret.substring(0, 8));
        assertThat(jdbc.queryForObject("SELECT last_used_at IS NOT NULL FROM api_token WHERE id = ?", Boolean.class, id))
                .isTrue();

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.detail").value("This API token was revoked. Ask for a new one."));
        assertThat(audit.eventsAbout("USER", officer.getUsername())).extracting(AuditEntry::action)
                .contains("API_TOKEN_CREATED", "API_TOKEN_REVOKED");
    }

    @Test
    void an_expired_unknown_or_malformed_token_is_401_problem_json_and_never_falls_back() throws Exception {
        SignedInUser officer = newUser(Role.SEND_MANAGER);
        String secret = createToken(mvc, officer, "Short lived", 7);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        testClock.advance(Duration.ofDays(7).plusSeconds(1));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("This API token has expired. Ask for a new one."));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer obt_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value("This API token is not valid."));
        mvc.perform(get("/api/v1/me").header("Authorization", "bearer nonsense"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/scores-that-do-not-exist").header("Authorization", "Bearer x"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_disabled_users_tokens_stop_working_at_once() throws Exception {
        SignedInUser officer = newUser(Role.CASE_OFFICER);
        String secret = createToken(mvc, officer, "Sync", 90);
        users.disable(officer.id(), "admin");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The account this API token belongs to is disabled."));
        users.enable(officer.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    @Test
    void the_form_names_what_is_missing_and_keeps_what_was_typed() throws Exception {
        SignedInUser officer = newUser(Role.FINANCE_OFFICER);
        Document empty = Pages.parse(mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(empty, "name", "Enter a name for the token");
        Pages.assertFieldError(empty, "expiresInDays", "Choose when the token expires");
        assertThat(empty.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#name", "#expiresInDays");

        Document wrong = Pages.parse(mvc.perform(post("/account/tokens").with(user(officer)).with(csrf())
                .param("name", "x".repeat(101)).param("expiresInDays", "abc")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(wrong, "name", "Name must be 100 characters or fewer");
        Pages.assertFieldError(wrong, "expiresInDays", "Choose when the token expires");
        Document forever = Pages.parse(mvc.perform(post("/account/tokens").with(user(officer)).with(csrf())
                .param("name", "Keep").param("expiresInDays", "36500")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(forever, "expiresInDays", "Choose when the token expires");
        assertThat(forever.getElementById("name").val()).isEqualTo("Keep");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE user_id = ?", Integer.class, officer.id()))
                .isZero();
    }

    @Test
    void one_person_cannot_revoke_anothers_token_and_only_admins_manage_anyones() throws Exception {
        SignedInUser owner = newUser(Role.CASE_OFFICER);
        SignedInUser other = newUser(Role.CASE_OFFICER);
        String secret = createToken(mvc, owner, "Mine", 30);
        long id = jdbc.queryForObject("SELECT id FROM api_token WHERE user_id = ?", Long.class, owner.id());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/" + owner.id() + "/tokens").with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        Document admin = Pages.parse(mvc.perform(get("/admin/users/" + owner.id() + "/tokens")
                .with(user(UserAdminTest.ADMIN))).andExpect(status().isOk()).andReturn());
        assertThat(admin.select("#tokens tbody tr").text()).contains("Mine");
        Document made = Pages.parse(mvc.perform(post("/admin/users/" + owner.id() + "/tokens").with(user(UserAdminTest.ADMIN))
                .with(csrf()).param("name", "Set up by admin").param("expiresInDays", "7"))
                .andExpect(status().isOk()).andReturn());
        String adminMade = made.getElementById("token-secret").val();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + adminMade))
                .andExpect(jsonPath("$.username").value(owner.getUsername()));
        mvc.perform(post("/admin/users/" + owner.id() + "/tokens/" + id + "/revoke").with(user(UserAdminTest.ADMIN))
                .with(csrf())).andExpect(redirectedUrl("/admin/users/" + owner.id() + "/tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT revoked_by FROM api_token WHERE id = ?", String.class, id))
                .isEqualTo("admin");
    }

    @Test
    void the_api_description_takes_the_apis_credentials_as_well_as_a_session() throws Exception {
        SignedInUser officer = newUser(Role.CASE_OFFICER);
        String secret = createToken(mvc, officer, "Docs", 7);
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + secret)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
        mvc.perform(get("/v3/api-docs").with(httpBasic("officer", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer obt_nope")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("This API token is not valid."));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isFound());
    }
}
