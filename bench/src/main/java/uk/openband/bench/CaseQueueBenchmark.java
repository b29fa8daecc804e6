package uk.openband.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The officer queue with many cases: fills a running OpenBand's PostgreSQL with generated
 * pupils, submitted assessments and cases (in every state), signs in as the demo officer, and
 * times the queue page (HTML, as an officer's browser gets it) for the default view and for
 * filtered views. Prints the median and 95th percentile of each.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar uk.openband.bench.CaseQueueBenchmark
 * <baseUrl> <jdbcUrl> <dbUser> <cases> <warm-up requests> <measured requests>}. Run by
 * {@code bench/casework-queue.sh}, which starts the app on an empty embedded database first.
 */
public final class CaseQueueBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private CaseQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String dbUser = args[2];
        int cases = Integer.parseInt(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        int measured = Integer.parseInt(args[5]);

        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
            generate(db, cases);
        }
        System.out.printf("generated %,d cases in %.1f s%n", cases, (System.nanoTime() - t0) / 1e9);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(http, base, "officer");
        List<String[]> views = List.of(
                new String[] {"default view (all cases, oldest first, page 1)", "/cases"},
                new String[] {"filtered: state=IN_TRIAGE, band=4, newest first", "/cases?state=IN_TRIAGE&band=4&sort=NEWEST"},
                new String[] {"filtered: one setting, need ASD, unassigned", "/cases?setting=%SETTING%&need=ASD&officer=-"},
                new String[] {"filtered: overdue, soonest due first", "/cases?overdue=true&sort=DUE_DATE"},
                new String[] {"deep page: default view, page 1000", "/cases?page=1000"});
        String setting = firstSettingId(jdbcUrl, dbUser);
        for (String[] view : views) {
            String path = view[1].replace("%SETTING%", setting);
            for (int i = 0; i < warmUp; i++) {
                get(http, base + path);
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < measured; i++) {
                long start = System.nanoTime();
                get(http, base + path);
                ms.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf("%-52s median %6.1f ms   p95 %6.1f ms   (n=%d)%n", view[0], percentile(ms, 50),
                    percentile(ms, 95), ms.size());
        }
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String firstSettingId(String jdbcUrl, String user) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, "");
             var rs = db.createStatement().executeQuery("SELECT min(id) FROM setting")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Signs in through the sign-in page as a demo user (password demo); the client keeps the session cookie. */
    static void signIn(HttpClient http, String base, String username) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers().map());
        }
    }

    private static void get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("id=\"state-counts\"")) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
    }

    /**
     * Pupils, submitted assessments and cases spread over every setting, need, band and state,
     * submitted over the last two years, in one set-based statement each.
     */
    static void generate(Connection db, int n) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_seq AS SELECT g AS i, "
                    + "(SELECT array_agg(id ORDER BY id) FROM setting) AS settings, "
                    + "(SELECT array_agg(code ORDER BY code) FROM sen_need) AS needs FROM generate_series(1, " + n + ") g");
            s.execute("INSERT INTO pupil (upn, temporary_upn, first_name, last_name, date_of_birth, sex, ethnicity, "
                    + "primary_need, setting_id, created_at, updated_at) "
                    + "SELECT 'B88' || lpad(i::text, 9, '0') || '0', false, 'Bench', 'Pupil ' || i, DATE '2015-01-01' + (i % 2000), "
                    + "'U', (SELECT min(code) FROM ethnicity), needs[1 + i % array_length(needs, 1)], "
                    + "settings[1 + i % array_length(settings, 1)], now(), now() FROM bench_seq");
            s.execute("INSERT INTO assessment (pupil_id, setting_id, setting_category, purpose, framework_key, "
                    + "framework_version, banding_key, banding_version, state, consulted, requested_start_date, reference, "
                    + "submitted_at, submitted_by, score_total, score_band, score_annual_amount, score_exceptional, "
                    + "created_at, created_by, updated_at, updated_by) "
                    + "SELECT p.id, p.setting_id, 'MAINSTREAM', 'NEW_REQUEST', 'demo-high-needs-matrix', '2025-26.1', "
                    + "'demo-top-up-tariff', '2026-27', 'SUBMITTED', true, DATE '2027-01-04', 'BENCH-' || p.id, "
                    + "now() - ((p.id % 730) || ' days')::interval, 'senco', 25, '3', 5459.00, false, now(), 'senco', now(), 'senco' "
                    + "FROM pupil p WHERE p.upn LIKE 'B88%'");
            s.execute("INSERT INTO funding_case (reference, assessment_id, pupil_id, setting_id, purpose, state, "
                    + "indicated_total, indicated_band, indicated_annual_amount, indicated_exceptional, framework_key, "
                    + "framework_version, banding_key, banding_version, requested_start_date, first_submitted_at, "
                    + "last_submitted_at, assigned_officer, info_request_message, withdrawn_reason, primary_need, "
                    + "triage_due_date, decision_due_date) "
                    + "SELECT a.reference, a.id, a.pupil_id, a.setting_id, 'NEW_REQUEST', st.state, 25, "
                    + "(ARRAY['1','2','3','4','5','6'])[1 + a.id % 6], 5459.00, false, a.framework_key, a.framework_version, "
                    + "a.banding_key, a.banding_version, a.requested_start_date, a.submitted_at, a.submitted_at, "
                    + "CASE WHEN st.state IN ('IN_TRIAGE', 'INFO_REQUESTED', 'AT_PANEL') THEN 'officer' END, "
                    + "CASE WHEN st.state = 'INFO_REQUESTED' THEN 'Please send the EP report' END, "
                    + "CASE WHEN st.state = 'WITHDRAWN' THEN 'Left the area' END, p.primary_need, "
                    + "(a.submitted_at AT TIME ZONE 'Europe/London')::date + 7, "
                    + "(a.submitted_at AT TIME ZONE 'Europe/London')::date + 42 "
                    + "FROM assessment a JOIN pupil p ON p.id = a.pupil_id "
                    + "CROSS JOIN LATERAL (SELECT (ARRAY['SUBMITTED','IN_TRIAGE','INFO_REQUESTED','AT_PANEL','WITHDRAWN'])"
                    + "[1 + a.id % 5] AS state) st WHERE a.reference LIKE 'BENCH-%'");
            s.execute("ANALYZE pupil");
            s.execute("ANALYZE assessment");
            s.execute("ANALYZE funding_case");
        }
        db.commit();
    }
}
