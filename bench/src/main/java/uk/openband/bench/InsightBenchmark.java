package uk.openband.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The insight pages and API with 50,000 cases (the officer queue's data set, {@link CaseQueueBenchmark#generate}),
 * each decided once, with 50,000 agreements and their monthly payment lines and the audit events the indicators
 * count (a triage for every case, a return for information for one in five, a dispute for one in twenty). Signs in
 * as the SEND manager and times each address warm: median and p95 of sequential requests. Then prints the
 * EXPLAIN ANALYZE of the slowest indicator query for an academic year.
 * Arguments: base URL, JDBC URL, database user, cases, warm-up requests, measured requests.
 */
public final class InsightBenchmark {

    private InsightBenchmark() {
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
            CaseQueueBenchmark.generate(db, cases);
            decide(db);
        }
        System.out.printf("generated %,d cases, their decisions, agreements, payment lines and events in %.1f s%n",
                cases, (System.nanoTime() - t0) / 1e9);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        CaseQueueBenchmark.signIn(http, base, "manager");
        List<String[]> views = List.of(
                new String[] {"indicators page: a month", "/insight/indicators?period=month&date=2026-10-15"},
                new String[] {"indicators page: a quarter", "/insight/indicators?period=quarter&date=2026-10-15"},
                new String[] {"indicators page: an academic year", "/insight/indicators?period=academic-year&date=2026-10-15"},
                new String[] {"indicators page: a financial year", "/insight/indicators?period=financial-year&date=2026-10-15"},
                new String[] {"indicators CSV: an academic year", "/insight/indicators.csv?period=academic-year&date=2026-10-15"},
                new String[] {"indicators API: two years", "/api/v1/insight/indicators?from=2024-12-01&to=2026-11-30"});
        for (String[] view : views) {
            for (int i = 0; i < warmUp; i++) {
                get(http, base + view[1]);
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < measured; i++) {
                long start = System.nanoTime();
                get(http, base + view[1]);
                ms.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf("%-40s median %6.1f ms   p95 %6.1f ms   (n=%d)%n", view[0],
                    CaseQueueBenchmark.percentile(ms, 50), CaseQueueBenchmark.percentile(ms, 95), ms.size());
        }
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "");
             Statement s = db.createStatement()) {
            s.execute("SET TIME ZONE 'Europe/London'");
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + TRIAGE_YEAR)) {
                System.out.println("EXPLAIN ANALYZE, triage within target, academic year 2026/27:");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }

    /** The triage indicator's query (PerformanceIndicators.TRIAGE) for 1 September 2026 to 31 August 2027. */
    static final String TRIAGE_YEAR = """
            WITH t AS (
                SELECT c.id, c.triage_due_date, min(e.occurred_at) AS triaged_at
                FROM audit_event_v e JOIN casework_case_facts_v c ON c.id::text = e.subject_id
                WHERE e.subject_type = 'CASE' AND e.action = 'CASE_ASSIGNED' AND e.details ->> 'from' = 'SUBMITTED'
                  AND e.occurred_at >= c.last_submitted_at AND e.occurred_at < TIMESTAMPTZ '2027-09-01'
                  AND c.id::text IN (SELECT p.subject_id FROM audit_event_v p WHERE p.subject_type = 'CASE'
                      AND p.action = 'CASE_ASSIGNED' AND p.occurred_at >= TIMESTAMPTZ '2026-09-01'
                      AND p.occurred_at < TIMESTAMPTZ '2027-09-01')
                GROUP BY c.id, c.triage_due_date)
            SELECT count(*) FILTER (WHERE (t.triaged_at AT TIME ZONE 'Europe/London')::date <= t.triage_due_date),
                   count(*)
            FROM t WHERE t.triaged_at >= TIMESTAMPTZ '2026-09-01'""";

    /**
     * Every generated case decided once, a few days to ten weeks after submission (one in four by a panel, one in
     * ten an override, one in fifty a refused override), each with an agreement from the decision for a year and
     * its monthly payment lines, and the audit events: a triage two to nine days after submission, a return for
     * information for one case in five, a dispute for one in twenty.
     */
    static void decide(Connection db) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("""
                    INSERT INTO case_decision (case_id, outcome, band, annual_amount, start_date, end_date, review_date,
                        start_policy, written_reason, override, override_reason, delegated, needs_approval, status,
                        decided_by, decided_at, approved_by, approved_at, refused_reason)
                    SELECT c.id, 'AGREE_INDICATED', '3', CASE WHEN c.id % 10 = 0 THEN 7000.00 ELSE 5459.00 END,
                           (c.first_submitted_at + (3 + c.id % 70) * interval '1 day')::date,
                           (c.first_submitted_at + (368 + c.id % 70) * interval '1 day')::date,
                           (c.first_submitted_at + (300 + c.id % 70) * interval '1 day')::date,
                           'DECISION', 'Bench decision', c.id % 10 = 0, CASE WHEN c.id % 10 = 0 THEN 'Bench override' END,
                           c.id % 4 <> 0, c.id % 50 = 0, CASE WHEN c.id % 50 = 0 THEN 'REFUSED' ELSE 'IN_FORCE' END,
                           'officer', c.first_submitted_at + (3 + c.id % 70) * interval '1 day',
                           CASE WHEN c.id % 50 = 0 THEN 'manager' END,
                           CASE WHEN c.id % 50 = 0 THEN c.first_submitted_at + (5 + c.id % 70) * interval '1 day' END,
                           CASE WHEN c.id % 50 = 0 THEN 'Bench refusal' END
                    FROM funding_case c WHERE c.reference LIKE 'BENCH-%'""");
            s.execute("""
                    INSERT INTO funding_agreement (reference, pupil_id, setting_id, case_id, decision_id, source, band,
                        annual_amount, banding_key, banding_version, rounding, start_date, end_date, planned_end_date,
                        review_date, decision_date, status, created_by, created_at)
                    SELECT 'BA-' || d.id, c.pupil_id, c.setting_id, c.id, d.id, 'DECISION', '3', d.annual_amount,
                           'bench', '1', 'HALF_UP', d.start_date, d.end_date, d.end_date, d.review_date, d.start_date,
                           'ACTIVE', 'bench', now()
                    FROM case_decision d JOIN funding_case c ON c.id = d.case_id
                    WHERE c.reference LIKE 'BENCH-%' AND d.status = 'IN_FORCE'""");
            s.execute("""
                    INSERT INTO funding_payment_line (agreement_id, line_no, financial_year, period_from, period_to,
                        label, kind, amount)
                    SELECT a.id, row_number() OVER (PARTITION BY a.id ORDER BY m.m),
                           extract(year FROM m.m - interval '3 months')::int,
                           greatest(m.m::date, a.start_date),
                           least((m.m + interval '1 month' - interval '1 day')::date, a.end_date),
                           to_char(m.m, 'FMMonth YYYY'), 'REGULAR', round(a.annual_amount / 12, 2)
                    FROM funding_agreement a
                    CROSS JOIN LATERAL generate_series(date_trunc('month', a.start_date), a.end_date, interval '1 month') m(m)
                    WHERE a.reference LIKE 'BA-%'""");
            s.execute("""
                    INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, details)
                    SELECT c.first_submitted_at + (2 + c.id % 8) * interval '1 day', 'officer', 'CASE_ASSIGNED', 'CASE',
                           c.id::text, jsonb_build_object('from', 'SUBMITTED', 'to', 'IN_TRIAGE', 'officer', 'officer')
                    FROM funding_case c WHERE c.reference LIKE 'BENCH-%'
                    UNION ALL
                    SELECT c.first_submitted_at + interval '1 day', 'officer', 'CASE_RETURNED_FOR_INFORMATION', 'CASE',
                           c.id::text, jsonb_build_object('from', 'IN_TRIAGE', 'to', 'INFO_REQUESTED')
                    FROM funding_case c WHERE c.reference LIKE 'BENCH-%' AND c.id % 5 = 0
                    UNION ALL
                    SELECT d.decided_at + interval '10 days', 'senco', 'CASE_DISPUTED', 'CASE', d.case_id::text,
                           jsonb_build_object('from', 'FUNDED', 'to', 'DISPUTED', 'decisionId', d.id)
                    FROM case_decision d JOIN funding_case c ON c.id = d.case_id
                    WHERE c.reference LIKE 'BENCH-%' AND d.case_id % 20 = 0""");
            s.execute("ANALYZE case_decision");
            s.execute("ANALYZE funding_agreement");
            s.execute("ANALYZE funding_payment_line");
            s.execute("ANALYZE audit_event");
        }
        db.commit();
    }

    private static void get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
    }
}
