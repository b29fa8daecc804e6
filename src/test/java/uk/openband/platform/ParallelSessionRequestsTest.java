package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A real server and real HTTP: parallel requests on one brand-new session, and what a request writes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelSessionRequestsTest {

    private static final Pattern SESSION_COOKIE = Pattern.compile("OPENBAND_SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void ten_parallel_requests_on_a_session_just_signed_in_all_answer_200() throws Exception {
        for (int round = 0; round < 3; round++) {
            String cookie = signIn("officer", "demo");
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(http.sendAsync(get("/cases", cookie), HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
            assertThat(statuses).as("round %d", round).hasSize(10).containsOnly(200);
        }
    }

    @Test
    void a_plain_page_read_on_a_signed_in_session_writes_nothing_to_the_session() throws Exception {
        String cookie = signIn("manager", "demo");
        assertThat(http.send(get("/cases", cookie), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        Map<String, Object> before = sessionRows(cookie);

        for (int i = 0; i < 3; i++) {
            assertThat(http.send(get("/cases", cookie), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }

        assertThat(sessionRows(cookie)).as("row versions (xmin) and last access of the session and its attributes")
                .isEqualTo(before);
    }

    /** The session row's and its attribute rows' row versions: any UPDATE or INSERT changes them. */
    private Map<String, Object> sessionRows(String cookie) {
        String id = new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        return jdbc.queryForMap("""
                SELECT s.xmin::text AS session_version, s.last_access_time,
                       (SELECT string_agg(a.attribute_name || ':' || a.xmin::text, ',' ORDER BY a.attribute_name)
                          FROM spring_session_attributes a WHERE a.session_primary_id = s.primary_id) AS attributes
                  FROM spring_session s WHERE s.session_id = ?""", id);
    }

    /** Signs in through the page as a browser would; returns the new session cookie's value. */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> page = http.send(get("/sign-in", null), HttpResponse.BodyHandlers.ofString());
        String anonymous = cookie(page);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the sign-in page").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Cookie", "OPENBAND_SESSION=" + anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        return cookie(signedIn);
    }

    HttpRequest get(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            b.header("Cookie", "OPENBAND_SESSION=" + cookie);
        }
        return b.build();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
