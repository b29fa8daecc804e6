package uk.openband.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import uk.openband.testsupport.MutableClock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
    void five_failures_pause_sign_in_for_a_while_and_never_lock_the_account() throws Exception {
        String username = "pause-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Pause Test", null, Role.CASE_OFFICER, null, "correct horse battery", false));
        String address = randomAddress();
        testClock.set(Instant.parse("2026-03-02T09:00:00Z"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf()).with(from(address)))
                    .andExpect(redirectedUrl("/sign-in?error=credentials"));
        }
        // The fifth failure paused sign-in for 2 seconds, even with the right password.
        MvcResult paused = mvc.perform(post("/sign-in").param("username", username)
                .param("password", "correct horse battery").with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/sign-in?error=throttled")).andReturn();
        Document page = Pages.parse(mvc.perform(get("/sign-in").param("error", "throttled")
                .cookie(sessionCookie(paused))).andReturn());
        Pages.assertFieldError(page, "username", "Too many failed sign-ins with this username or from your network. "
                + "Try again in 2 seconds. If you have forgotten your password, ask your OpenBand administrator to reset it.");
        assertThat(audit.eventsAbout("USER", username)).extracting(AuditEntry::action)
                .contains("USER_CREATED", "SIGN_IN_FAILED", "SIGN_IN_THROTTLED");

        testClock.advance(Duration.ofSeconds(3));
        mvc.perform(post("/sign-in").param("username", username).param("password", "correct horse battery")
                .with(csrf()).with(from(address))).andExpect(redirectedUrl("/"));
        assertThat(audit.eventsAbout("USER", username)).extracting(AuditEntry::action).contains("SIGN_IN_SUCCEEDED");
    }

    @Test
    void the_pause_doubles_with_each_further_failure_up_to_a_minute_and_a_success_forgets_it() throws Exception {
        String username = "double-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Double", null, Role.CASE_OFFICER, null, "correct horse battery", false));
        String address = randomAddress();
        testClock.set(Instant.parse("2026-03-02T09:00:00Z"));
        List<Long> waits = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf()).with(from(address)))
                    .andExpect(redirectedUrl("/sign-in?error=credentials"));
            if (i >= 5) {
                // Even the right password waits until the pause is over.
                MvcResult paused = mvc.perform(get("/api/v1/me").with(httpBasic(username, "correct horse battery"))
                        .with(from(address))).andExpect(status().isTooManyRequests()).andReturn();
                long wait = Long.parseLong(paused.getResponse().getHeader("Retry-After"));
                waits.add(wait);
                testClock.advance(Duration.ofSeconds(wait));
            }
        }
        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 32L, 60L);
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "correct horse battery")).with(from(address)))
                .andExpect(status().isOk());
        mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/sign-in?error=credentials"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "correct horse battery")).with(from(address)))
                .andExpect(status().isOk());
    }

    @Test
    void a_known_and_an_unknown_username_get_identical_answers_on_the_page_and_the_api() throws Exception {
        String known = "known-" + UUID.randomUUID().toString().substring(0, 8);
        String knownByApi = "known-" + UUID.randomUUID().toString().substring(0, 8);
        for (String username : List.of(known, knownByApi)) {
            users.create(new NewUser(username, "Known", null, Role.ADMIN, null, "correct horse battery", false));
        }
        String unknown = "known-" + UUID.randomUUID().toString().substring(0, 8);
        String unknownByApi = "known-" + UUID.randomUUID().toString().substring(0, 8);
        testClock.set(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(pageAnswers(unknown, randomAddress())).isEqualTo(pageAnswers(known, randomAddress()))
                .contains("302 /sign-in?error=credentials", "302 /sign-in?error=throttled");
        assertThat(apiAnswers(unknownByApi, randomAddress())).isEqualTo(apiAnswers(knownByApi, randomAddress()))
                .contains("401 Retry-After=null Sign in with an API token (Authorization: Bearer) or HTTP Basic "
                        + "credentials to use this API.")
                .contains("429 Retry-After=2 Too many failed sign-ins with this username or from this address. "
                        + "Try again in 2 seconds.");
    }

    /** Seven wrong passwords on the page: each redirect, and the error summary of the last one shown. */
    private List<String> pageAnswers(String username, String address) throws Exception {
        List<String> answers = new ArrayList<>();
        MvcResult last = null;
        for (int i = 0; i < 7; i++) {
            last = mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf())
                    .with(from(address))).andReturn();
            answers.add(last.getResponse().getStatus() + " " + last.getResponse().getRedirectedUrl());
        }
        Document page = Pages.parse(mvc.perform(get("/sign-in").param("error", "throttled").cookie(sessionCookie(last)))
                .andReturn());
        answers.add(page.select(".govuk-error-summary").text());
        return answers;
    }

    /** Seven wrong passwords by HTTP Basic: status, Retry-After and problem detail of each. */
    private List<String> apiAnswers(String username, String address) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            MvcResult r = mvc.perform(get("/api/v1/me").with(httpBasic(username, "also wrong")).with(from(address)))
                    .andReturn();
            answers.add(r.getResponse().getStatus() + " Retry-After=" + r.getResponse().getHeader("Retry-After") + " "
                    + json.readTree(r.getResponse().getContentAsString()).get("detail").asString());
        }
        return answers;
    }

    @Test
    void twenty_failures_from_one_address_pause_every_username_from_it_but_not_from_elsewhere() throws Exception {
        String address = randomAddress();
        testClock.set(Instant.parse("2026-03-02T09:00:00Z"));
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/sign-in").param("username", "spray-" + i + "-" + UUID.randomUUID())
                    .param("password", "Password1").with(csrf()).with(from(address)))
                    .andExpect(redirectedUrl("/sign-in?error=credentials"));
        }
        mvc.perform(post("/sign-in").param("username", "officer").param("password", "demo").with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/sign-in?error=throttled"));
        mvc.perform(get("/api/v1/me").with(httpBasic("officer", "demo")).with(from(address)))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "2"));
        mvc.perform(post("/sign-in").param("username", "officer").param("password", "demo").with(csrf())
                .with(from(randomAddress()))).andExpect(redirectedUrl("/"));
        assertThat(audit.eventsAbout("CLIENT_ADDRESS", address)).extracting(AuditEntry::action)
                .containsExactly("SIGN_IN_THROTTLED");
    }

    @Test
    void an_administrators_password_reset_ends_the_pause_and_the_admin_page_shows_it() throws Exception {
        String username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        UserView user = users.create(new NewUser(username, "Reset", null, Role.FINANCE_OFFICER, null,
                "correct horse battery", false));
        testClock.set(Instant.parse("2026-03-02T09:00:00Z"));
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf())
                    .with(from(randomAddress())));
            testClock.advance(Duration.ofSeconds(40));
        }
        Document admin = Pages.parse(mvc.perform(get("/admin/users/" + user.id()).with(user(UserAdminTest.ADMIN)))
                .andExpect(status().isOk()).andReturn());
        assertThat(admin.getElementById("user-status").text()).contains("Sign-in paused")
                .contains("2 March 2026 09:07:00");
        mvc.perform(post("/sign-in").param("username", username).param("password", "correct horse battery")
                .with(csrf()).with(from(randomAddress()))).andExpect(redirectedUrl("/sign-in?error=throttled"));

        users.resetPassword(user.id(), "a new long password");
        mvc.perform(post("/sign-in").param("username", username).param("password", "a new long password").with(csrf())
                .with(from(randomAddress()))).andExpect(redirectedUrl("/"));
        assertThat(Pages.parse(mvc.perform(get("/admin/users/" + user.id()).with(user(UserAdminTest.ADMIN))).andReturn())
                .getElementById("user-status").text()).isEqualTo("Active");
    }

    @Test
    void a_disabled_account_with_a_wrong_password_answers_as_any_wrong_password() throws Exception {
        String username = "off-" + UUID.randomUUID().toString().substring(0, 8);
        UserView user = users.create(new NewUser(username, "Off", null, Role.PANEL_MEMBER, null,
                "correct horse battery", false));
        users.disable(user.id(), "admin");
        mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf())
                .with(from(randomAddress()))).andExpect(redirectedUrl("/sign-in?error=credentials"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong")).with(from(randomAddress())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Sign in with an API token (Authorization: Bearer) or HTTP Basic credentials to use this API."));
    }

    @Autowired
    MutableClock testClock;

    final JsonMapper json = JsonMapper.builder().build();

    /** Each test signs in from its own client address, so that address counts never meet. */
    static String randomAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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
