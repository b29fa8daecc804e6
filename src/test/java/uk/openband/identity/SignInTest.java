package uk.openband.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AuditLog audit;

    @Test
    void a_correct_password_signs_in_and_shows_the_home_page_for_the_role() throws Exception {
        MvcResult signIn = mvc.perform(post("/sign-in").param("username", "senco").param("password", "demo").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn();
        Document home = Pages.parse(mvc.perform(get("/").cookie(sessionCookie(signIn))).andExpect(status().isOk()).andReturn());
        assertThat(home.select("h1").text()).isEqualTo("Welcome, Sam Patel");
        assertThat(home.text()).contains("SENCO").contains("Brookfield Primary School");
        assertThat(home.getElementById("sign-out")).isNotNull();
    }

    @Test
    void a_wrong_password_shows_the_error_summary_and_keeps_the_username() throws Exception {
        MvcResult failed = mvc.perform(post("/sign-in").param("username", "finance").param("password", "nope").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in?error=credentials")).andReturn();
        Document page = Pages.parse(mvc.perform(get("/sign-in").param("error", "credentials")
                .cookie(sessionCookie(failed))).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "username", "Enter a correct username and password");
        assertThat(page.getElementById("username").val()).isEqualTo("finance");
        assertThat(page.getElementById("password").val()).isEmpty();
    }

    @Test
    void empty_fields_are_named() throws Exception {
        mvc.perform(post("/sign-in").param("username", "").param("password", "").with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=missing-both"));
        Document page = Pages.parse(mvc.perform(get("/sign-in").param("error", "missing-both")).andReturn());
        Pages.assertFieldError(page, "username", "Enter your username");
        Pages.assertFieldError(page, "password", "Enter your password");
    }

    @Test
    void an_unknown_user_gets_the_same_message_as_a_wrong_password() throws Exception {
        mvc.perform(post("/sign-in").param("username", "nobody-" + UUID.randomUUID()).param("password", "x").with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=credentials"));
    }

    @Test
    void five_failures_lock_the_account_even_against_the_right_password_and_a_reset_unlocks_it() throws Exception {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        UserView user = users.create(new NewUser(username, "Lock Test", null, Role.CASE_OFFICER, null,
                "correct horse battery", false));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/sign-in?error=credentials"));
        }
        mvc.perform(post("/sign-in").param("username", username).param("password", "correct horse battery").with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=locked"));
        Document page = Pages.parse(mvc.perform(get("/sign-in").param("error", "locked")).andReturn());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Your account is locked because of 5 failed sign-ins in a row. Try again in 15 minutes");

        assertThat(users.find(user.id()).orElseThrow().locked()).isTrue();
        assertThat(audit.eventsAbout("USER", username)).extracting(AuditEntry::action)
                .contains("USER_CREATED", "SIGN_IN_FAILED", "ACCOUNT_LOCKED");

        users.resetPassword(user.id(), "a new long password");
        mvc.perform(post("/sign-in").param("username", username).param("password", "a new long password").with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(audit.eventsAbout("USER", username)).extracting(AuditEntry::action)
                .contains("PASSWORD_RESET", "SIGN_IN_SUCCEEDED");
    }

    @Test
    void a_disabled_account_cannot_sign_in() throws Exception {
        String username = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        UserView user = users.create(new NewUser(username, "Gone", null, Role.PANEL_MEMBER, null,
                "correct horse battery", false));
        users.disable(user.id(), "admin");
        mvc.perform(post("/sign-in").param("username", username).param("password", "correct horse battery").with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=disabled"));
    }

    @Test
    void a_sign_in_without_a_session_token_is_sent_back_as_expired() throws Exception {
        mvc.perform(post("/sign-in").param("username", "senco").param("password", "demo"))
                .andExpect(redirectedUrl("/sign-in?expired"));
        Document expired = Pages.parse(mvc.perform(get("/sign-in").param("expired", "")).andReturn());
        assertThat(expired.select(".govuk-notification-banner").text()).contains("Your session expired");
    }

    @Test
    void a_sign_in_with_a_wrong_csrf_token_is_refused_with_a_clear_page() throws Exception {
        mvc.perform(post("/sign-in").param("username", "senco").param("password", "demo").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(request().attribute("openband.csrfRejected", true));
        // The container then shows the error page, which explains it:
        Document page = Pages.parse(mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403)
                .requestAttr("openband.csrfRejected", true)).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("The form you sent had expired");
        assertThat(page.text()).contains("Nothing was saved").doesNotContain("Exception");
    }

    @Test
    void passwords_are_stored_hashed() throws Exception {
        String username = "hash-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Hash", null, Role.ADMIN, null, "plain text password", false));
        String hash = jdbcHash(username);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("plain text password");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String jdbcHash(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    @Test
    void sign_out_ends_the_session() throws Exception {
        MvcResult signIn = mvc.perform(post("/sign-in").param("username", "officer").param("password", "demo").with(csrf()))
                .andReturn();
        Cookie session = sessionCookie(signIn);
        assertThat(Pages.parse(mvc.perform(get("/").cookie(session)).andReturn()).select("h1").text())
                .isEqualTo("Welcome, Alex Reed");
        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signedOut"));
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
                sessionId(session))).isZero();
    }

    @Test
    void session_fixation_protection_changes_the_session_id_on_sign_in() throws Exception {
        MvcResult page = mvc.perform(get("/sign-in").param("error", "credentials")).andReturn();
        Cookie before = sessionCookie(page);
        MvcResult signIn = mvc.perform(post("/sign-in").cookie(before).param("username", "panel").param("password", "demo")
                .with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        Cookie after = sessionCookie(signIn);
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
                sessionId(after))).isEqualTo("panel");
    }

    /** Sessions live in PostgreSQL (Spring Session); the browser holds only this cookie. */
    static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("OPENBAND_SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        return cookie;
    }

    static String sessionId(Cookie cookie) {
        return new String(java.util.Base64.getDecoder().decode(cookie.getValue()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
