package uk.openband.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged application as its own process on a fresh data directory, writes through
 * it, kills it with SIGKILL (leaving its PostgreSQL running), starts it again and finds the
 * write. Also checks that a second copy on the same data directory stops with one sentence.
 */
class CrashRecoveryIT {

    @TempDir
    Path work;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroy();
                p.waitFor(60, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
        }
        EmbeddedDatabase.stopServerLeftRunning(work.resolve("data").resolve("postgres"));
    }

    @Test
    void a_killed_app_recovers_on_the_next_start_and_keeps_what_was_committed() throws Exception {
        int port = freePort();
        Process first = start(port, "first.log");
        awaitHealthy(port, first, "first.log");

        String username = "survivor";
        String password = "a password that survives";
        createUserThroughThePages(port, username, password);
        assertThat(me(port, username, password).statusCode()).isEqualTo(200);

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path dataDir = work.resolve("data").resolve("postgres");
        assertThat(EmbeddedDatabase.serverLeftRunning(dataDir)).as("PostgreSQL outlives the killed JVM").isPresent();

        Process second = start(port, "second.log");
        awaitHealthy(port, second, "second.log");
        HttpResponse<String> me = me(port, username, password);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"survivor\"");
        assertThat(Files.readString(work.resolve("second.log"))).contains("was left running");

        Process copy = start(freePort(), "copy.log");
        assertThat(copy.waitFor(120, TimeUnit.SECONDS)).as("a second copy stops by itself").isTrue();
        assertThat(copy.exitValue()).isNotZero();
        String copyLog = Files.readString(work.resolve("copy.log"));
        assertThat(copyLog).contains("Another copy of OpenBand is already running with its database in")
                .doesNotContain("\tat io.zonky");

        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(EmbeddedDatabase.serverLeftRunning(dataDir)).as("a clean stop stops PostgreSQL too").isEmpty();
    }

    private Process start(int port, String log) throws IOException {
        String jar = System.getProperty("openband.jar");
        assertThat(jar).as("openband.jar system property (set by the failsafe configuration)").isNotBlank();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar, "--server.port=" + port, "--openband.data-dir=" + work.resolve("data"),
                "--openband.demo=true", "--spring.main.banner-mode=off")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("OPENBAND_"));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private void awaitHealthy(int port, Process process, String log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("app still running; log:\n" + tail(log)).isTrue();
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within 180 s; log:\n" + tail(log));
    }

    private void createUserThroughThePages(int port, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String signIn = get(browser, base + "/sign-in").body();
        HttpResponse<String> signedIn = post(browser, base + "/sign-in",
                Map.of("username", "admin", "password", "demo", "_csrf", csrf(signIn)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
        String form = get(browser, base + "/admin/users/new").body();
        HttpResponse<String> created = post(browser, base + "/admin/users/new", Map.of("username", username,
                "displayName", "Sam Survivor", "role", "FINANCE_OFFICER", "password", password, "_csrf", csrf(form)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    }

    private static HttpResponse<String> me(int port, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("CSRF token in the form").isTrue();
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String tail(String log) throws IOException {
        List<String> lines = Files.readAllLines(work.resolve(log));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
