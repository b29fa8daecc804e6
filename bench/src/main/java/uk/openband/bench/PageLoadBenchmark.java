package uk.openband.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Drives each page of a running OpenBand with a bounded load (a fixed number of connections, each sending its
 * next request when the last one has answered, like wrk) and reports requests per second, p50/p95/p99 and the
 * CPU time per request of the application's JVM and its PostgreSQL (every process under the JVM's process id,
 * read from /proc, divided by the requests served).
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar uk.openband.bench.PageLoadBenchmark <baseUrl> <jdbcUrl> <dbUser>
 * <app pid> <data dir> <connections> <warm-up s> <measured s> [cases to generate]}. Run by {@code bench/pages.sh}.
 */
public final class PageLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    private PageLoadBenchmark() {
    }

    record Page(String name, String path, String session) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String dbUser = args[2];
        long appPid = Long.parseLong(args[3]);
        String dataDir = args[4];
        int connections = Integer.parseInt(args[5]);
        int warmUp = Integer.parseInt(args[6]);
        int measured = Integer.parseInt(args[7]);
        int cases = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        String only = System.getProperty("pages", "");

        long caseId;
        long pupilId;
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
            if (cases > 0) {
                long t0 = System.nanoTime();
                CaseQueueBenchmark.generate(db, cases);
                System.out.printf("generated %,d cases in %.1f s%n", cases, (System.nanoTime() - t0) / 1e9);
                // As a database in use would be: no dead rows left from the bulk load for autovacuum to clean
                // while the pages are measured.
                db.setAutoCommit(true);
                db.createStatement().execute("VACUUM ANALYZE");
            }
            caseId = single(db, "SELECT max(id) FROM funding_case");
            // A demo pupil of the demo SENCO's own setting, for a draft assessment to show an area of.
            pupilId = single(db, "SELECT min(p.id) FROM pupil p JOIN app_user u ON u.setting_id = p.setting_id "
                    + "WHERE u.username = 'senco' AND p.upn NOT LIKE 'B88%'");
        }
        Map<String, HttpClient> sessions = new HashMap<>();
        sessions.put("officer", signedIn(base, "officer"));
        HttpClient senco = signedIn(base, "senco");
        sessions.put("senco", senco);
        sessions.put("public", HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build());
        long assessmentId = startAssessment(senco, base, pupilId);
        if (assessmentId < 0) { // the pupil has one open already: any draft of the SENCO's setting
            try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
                assessmentId = single(db, "SELECT min(a.id) FROM assessment a JOIN app_user u "
                        + "ON u.setting_id = a.setting_id WHERE u.username = 'senco' AND a.state = 'DRAFT'");
            }
        }
        String area = firstArea(senco, base, assessmentId);

        List<Page> pages = List.of(
                new Page("/cases (officer)", "/cases", "officer"),
                new Page("case page", "/cases/" + caseId, "officer"),
                new Page("pupil list (officer)", "/pupils", "officer"),
                new Page("area page (SENCO)", "/assessments/" + assessmentId + "/areas/" + area, "senco"),
                new Page("/tariffs", "/tariffs", "public"),
                new Page("/matrix", "/matrix", "public"),
                new Page("/calculator", "/calculator", "public"));
        System.out.printf("%d connections, %d s warm-up, %d s measured per page%n", connections, warmUp, measured);
        System.out.printf("%-22s %9s %8s %8s %8s %9s %9s %9s%n", "page", "req/s", "p50 ms", "p95 ms", "p99 ms",
                "CPU ms/req", "(JVM)", "(Postgres)");
        for (Page page : pages) {
            if (!only.isEmpty() && !Arrays.asList(only.split(",")).contains(page.path())) {
                continue;
            }
            HttpClient http = sessions.get(page.session());
            URI uri = URI.create(base + page.path());
            // One request alone first: a session's first requests store its CSRF token, which parallel
            // requests on a brand-new session may race to insert.
            HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (first.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + first.statusCode());
            }
            run(http, uri, connections, warmUp);
            long[] cpuBefore = cpu(appPid, dataDir);
            long t0 = System.nanoTime();
            List<Double> ms = run(http, uri, connections, measured);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] cpuAfter = cpu(appPid, dataDir);
            double jvm = (cpuAfter[0] - cpuBefore[0]) * 1000.0 / CLOCK_TICKS / ms.size();
            double pg = (cpuAfter[1] - cpuBefore[1]) * 1000.0 / CLOCK_TICKS / ms.size();
            ms.sort(null);
            System.out.printf("%-22s %9.1f %8.1f %8.1f %8.1f %9.2f %9.2f %9.2f%n", page.name(), ms.size() / seconds,
                    percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), jvm + pg, jvm, pg);
        }
    }

    /** Each connection sends its next request as soon as the last has answered, for the given time. */
    static List<Double> run(HttpClient http, URI uri, int connections, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<List<Double>> perThread = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(connections);
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            List<Double> mine = new ArrayList<>();
            perThread.add(mine);
            Thread t = new Thread(() -> {
                try {
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        mine.add((System.nanoTime() - start) / 1e6);
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
            t.start();
        }
        done.await();
        if (failures.get() > 0) {
            throw new IllegalStateException(uri + ": " + failures.get() + " requests did not answer 200");
        }
        List<Double> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        return all;
    }

    /**
     * CPU clock ticks used so far: {the JVM, PostgreSQL}. Each is the process tree from its root (the JVM's process
     * id; the postmaster, found by its data directory on the command line), counting the processes alive and those
     * that have ended (their parents' cutime and cstime).
     */
    static long[] cpu(long jvm, String dataDir) throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        long postmaster = -1;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                String command;
                try {
                    stat = Files.readString(p.resolve("stat"));
                    command = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                } catch (IOException gone) {
                    continue;
                }
                // After the command in parentheses: state ppid ... utime(14) stime(15) cutime(16) cstime(17)
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(name);
                parents.put(pid, Long.parseLong(f[1]));
                ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                        + Long.parseLong(f[14]));
                if (command.contains("postgres") && command.contains(dataDir) && pid != jvm) {
                    postmaster = postmaster < 0 ? pid : Math.min(postmaster, pid);
                }
            }
        }
        long pg = postmaster < 0 ? 0 : tree(postmaster, parents, ticks);
        long app = tree(jvm, parents, ticks) - (postmaster >= 0 && descends(postmaster, jvm, parents) ? pg : 0);
        return new long[] {app, pg};
    }

    private static long tree(long root, Map<Long, Long> parents, Map<Long, Long> ticks) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : ticks.entrySet()) {
            if (e.getKey() == root || descends(e.getKey(), root, parents)) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static boolean descends(long pid, long root, Map<Long, Long> parents) {
        for (int depth = 0; depth < 16; depth++) {
            Long parent = parents.get(pid);
            if (parent == null || parent == 0) {
                return false;
            }
            if (parent == root) {
                return true;
            }
            pid = parent;
        }
        return false;
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long single(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpClient signedIn(String base, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> r = post(http, base + "/sign-in",
                "username=" + username + "&password=demo&_csrf=" + csrf(page));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers().map());
        }
        return http;
    }

    private static long startAssessment(HttpClient senco, String base, long pupilId) throws Exception {
        String list = senco.send(HttpRequest.newBuilder(URI.create(base + "/pupils/" + pupilId + "/assessments"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> r = post(senco, base + "/pupils/" + pupilId + "/assessments",
                "purpose=NEW_REQUEST&_csrf=" + csrf(list));
        String location = r.headers().firstValue("Location").orElse("");
        Matcher m = Pattern.compile("/assessments/(\\d+)$").matcher(location);
        if (r.statusCode() != 302) {
            throw new IllegalStateException("could not start an assessment: " + r.statusCode() + " " + location);
        }
        if (!m.find()) {
            return -1;
        }
        return Long.parseLong(m.group(1));
    }

    private static String firstArea(HttpClient senco, String base, long assessmentId) throws Exception {
        String tasks = senco.send(HttpRequest.newBuilder(URI.create(base + "/assessments/" + assessmentId)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("/assessments/" + assessmentId + "/areas/([A-Za-z0-9_-]+)").matcher(tasks);
        if (!m.find()) {
            throw new IllegalStateException("no area on the task list");
        }
        return m.group(1);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
