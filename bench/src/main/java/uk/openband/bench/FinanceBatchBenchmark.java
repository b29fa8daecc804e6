package uk.openband.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uk.openband.finance.batch.BatchFiles;
import uk.openband.finance.batch.BatchSnapshot;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.finance.export.ExportResult;
import uk.openband.finance.export.XlsxExportWriter;

/**
 * Not JMH: a finance export batch of a whole financial year for {@code agreements} funding agreements (generated
 * with set-based SQL: monthly lines, a quarter starting part-way through the year, a sixth ending early, a tenth
 * backdated so their early months are arrears due on the decision day), in a new embedded PostgreSQL with the
 * app's own Flyway migrations, through the app's own batch code ({@link BatchSnapshot}, {@link BatchFiles}), and
 * the same rows by PostgreSQL's {@code COPY (same SELECT) TO STDOUT} in the same run, as a ratio.
 *
 * <p>Each run: "snapshot" (the batch's INSERT ... SELECT), "csv file" (the snapshot streamed through the CSV
 * writer to a file), "csv stored" and "xlsx stored" (the files as the app stores them, in 1 MB parts), and
 * "copy" (COPY of the FULL batch's SELECT to a file, CSV with header). Heap: the sum of the heap pools' peak
 * usage during each step (peaks reset after a full GC before it) minus the heap used before it.
 *
 * <p>Run from the repository root: {@code bench/finance-export.sh [agreements] [runs]}.
 */
public final class FinanceBatchBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private FinanceBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("finance-batch-bench");
        System.out.printf("agreements: %,d, max heap: %d MB, %s %s%n", agreements,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("filesystem:db/migration").load().migrate();
            long t0 = System.nanoTime();
            generate(ds, agreements);
            System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            for (int run = 1; run <= runs; run++) {
                run(ds, run, dir);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(DataSource ds, int run, Path dir) throws Exception {
        try (Connection c = ds.getConnection()) {
            long batch;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("INSERT INTO funding_export_batch "
                    + "(reference, period_kind, period_code, period_label, period_from, period_to, kind, status, "
                    + "created_by, created_at, heartbeat_at) VALUES ('BENCH-" + run + "', 'FINANCIAL_YEAR', 'FY2025', "
                    + "'Financial year 2025-26', DATE '2025-04-01', DATE '2026-03-31', 'FULL', 'RUNNING', 'bench', "
                    + "now(), now()) RETURNING id")) {
                rs.next();
                batch = rs.getLong(1);
            }
            c.setAutoCommit(false);
            long[] heap = new long[1];

            Step snap = step(() -> BatchSnapshot.full(c, batch, FROM, TO), heap);
            c.commit();
            BatchSnapshot.Totals totals = (BatchSnapshot.Totals) snap.value;
            report(run, "snapshot", snap, totals.lines() + " rows, total " + totals.controlTotal());

            Path csvFile = dir.resolve("batch-" + run + ".csv");
            Step csv = step(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csvFile), 64 * 1024)) {
                    return BatchFiles.write(c, batch, new CsvExportWriter(), out, BatchFiles.Progress.NONE);
                }
            }, heap);
            c.commit();
            ExportResult csvResult = (ExportResult) csv.value;
            report(run, "csv file", csv, Files.size(csvFile) / (1024 * 1024) + " MB, sha256 "
                    + csvResult.sha256().substring(0, 12) + "...");

            Step stored = step(() -> BatchFiles.store(c, batch, new CsvExportWriter(), BatchFiles.Progress.NONE), heap);
            report(run, "csv stored", stored, ((BatchFiles.StoredFile) stored.value).bytes() / (1024 * 1024) + " MB");
            Step xlsx = step(() -> BatchFiles.store(c, batch, new XlsxExportWriter(), BatchFiles.Progress.NONE), heap);
            report(run, "xlsx stored", xlsx, ((BatchFiles.StoredFile) xlsx.value).bytes() / (1024 * 1024) + " MB");
            c.commit();

            Path copyFile = dir.resolve("copy-" + run + ".csv");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = BatchSnapshot.fullSelect().replaceFirst("\\?", "DATE '2026-03-31'")
                    .replaceFirst("\\?", "DATE '2025-04-01'").replaceFirst("\\?", "DATE '2026-03-31'");
            Step cp = step(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(copyFile), 64 * 1024)) {
                    return copy.copyOut("COPY (" + sql + ") TO STDOUT WITH (FORMAT csv, HEADER)", out);
                }
            }, heap);
            c.commit();
            report(run, "copy", cp, cp.value + " rows, " + Files.size(copyFile) / (1024 * 1024) + " MB");

            double app = (snap.nanos + csv.nanos) / 1e9;
            double stor = (snap.nanos + stored.nanos) / 1e9;
            System.out.printf("run %d: snapshot + csv file %.2f s = %.2fx copy; snapshot + csv stored %.2f s = "
                    + "%.2fx copy; csv file alone %.2fx copy%n", run, app, app / (cp.nanos / 1e9), stor,
                    stor / (cp.nanos / 1e9), csv.nanos / (double) cp.nanos);

            try (PreparedStatement issue = c.prepareStatement("UPDATE funding_export_batch SET status = 'FAILED', "
                    + "failure = 'benchmark' WHERE id = ?")) {
                issue.setLong(1, batch);
                issue.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            Files.delete(csvFile);
            Files.delete(copyFile);
        }
    }

    private static void report(int run, String name, Step step, String what) {
        System.out.printf("run %d %-12s %7.2f s  heap growth %4d MB  %s%n", run, name, step.nanos / 1e9,
                step.heapGrowth / (1024 * 1024), what);
    }

    interface Work {
        Object run() throws Exception;
    }

    record Step(long nanos, long heapGrowth, Object value) {
    }

    private static Step step(Work work, long[] unused) throws Exception {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        long start = System.nanoTime();
        Object value = work.run();
        long nanos = System.nanoTime() - start;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Step(nanos, Math.max(0, peak - before), value);
    }

    /** Settings, pupils, agreements and their monthly lines for 2025-26, set-based; then ANALYZE. */
    private static void generate(DataSource ds, int agreements) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // generated agreements name case and decision ids that do not exist: foreign keys off while loading
            s.execute("SET session_replication_role = replica");
            s.execute("""
                    INSERT INTO setting (urn, laestab, name, category, status)
                    SELECT (200000 + i)::text, (8810000 + i)::text, 'Bench School ' || i,
                           (ARRAY['MAINSTREAM','RESOURCED_PROVISION','SPECIAL','ALTERNATIVE_PROVISION','EARLY_YEARS',
                                  'POST_16'])[1 + i % 6], 'OPEN'
                      FROM generate_series(1, 400) AS i""");
            s.execute("""
                    INSERT INTO pupil (upn, temporary_upn, first_name, last_name, date_of_birth, sex, ethnicity,
                        primary_need, setting_id, created_at, updated_at)
                    SELECT 'A' || lpad(i::text, 11, '0') || '0', false, 'Pupil' || i, 'Bench-Surname', DATE '2015-01-01',
                           'F', 'WBRI', 'SLD', (SELECT min(id) FROM setting WHERE urn = (200000 + 1 + i % 400)::text),
                           now(), now()
                      FROM generate_series(1, :n) AS i""".replace(":n", String.valueOf(agreements)));
            s.execute("""
                    INSERT INTO funding_agreement (reference, pupil_id, setting_id, case_id, decision_id, source, band,
                        annual_amount, banding_key, banding_version, rounding, start_date, end_date, planned_end_date,
                        review_date, decision_date, status, created_by, created_at)
                    SELECT 'FA-' || lpad(g.i::text, 6, '0'), p.id, p.setting_id, 1, g.i, 'DECISION',
                           'Band ' || (1 + g.i % 5), (ARRAY[2500.00, 5300.00, 8750.00, 12400.00, 18925.50])[1 + g.i % 5],
                           'bench', '1', 'HALF_UP', g.start_date,
                           CASE WHEN g.i % 6 = 0 THEN least(g.start_date + 150 + g.i % 60, DATE '2026-03-31')
                                ELSE DATE '2026-03-31' END,
                           DATE '2026-03-31', DATE '2026-03-31',
                           CASE WHEN g.i % 10 = 0 THEN g.start_date + 70 ELSE g.start_date - 14 END,
                           'ACTIVE', 'bench', now()
                      FROM (SELECT i, CASE WHEN i % 4 = 0 THEN DATE '2025-04-01' + i % 180 ELSE DATE '2025-04-01' END
                              AS start_date FROM generate_series(1, :n) AS i) g
                      JOIN pupil p ON p.upn = 'A' || lpad(g.i::text, 11, '0') || '0'""".replace(":n", String.valueOf(agreements)));
            s.execute("""
                    INSERT INTO funding_payment_line (agreement_id, line_no, financial_year, period_from, period_to,
                        label, kind, amount)
                    SELECT a.id, row_number() OVER (PARTITION BY a.id ORDER BY m.m), 2025,
                           greatest(m.m::date, a.start_date),
                           least((m.m + interval '1 month' - interval '1 day')::date, a.end_date),
                           to_char(m.m, 'FMMonth YYYY'),
                           CASE WHEN greatest(m.m::date, a.start_date) < a.decision_date THEN 'ARREARS' ELSE 'REGULAR' END,
                           round(a.annual_amount / 12
                                 * ((least((m.m + interval '1 month' - interval '1 day')::date, a.end_date)
                                     - greatest(m.m::date, a.start_date) + 1)::numeric
                                    / extract(day FROM m.m + interval '1 month' - interval '1 day')::numeric), 2)
                      FROM funding_agreement a
                      CROSS JOIN generate_series(DATE '2025-04-01', DATE '2026-03-01', interval '1 month') AS m(m)
                     WHERE m.m::date <= a.end_date
                       AND (m.m + interval '1 month' - interval '1 day')::date >= a.start_date""");
            s.execute("INSERT INTO funding_cost_code (category, cost_centre, account_code, updated_by, updated_at) "
                    + "SELECT c, 'HN' || n, '41' || n, 'bench', now() FROM unnest(ARRAY['MAINSTREAM',"
                    + "'RESOURCED_PROVISION','SPECIAL','ALTERNATIVE_PROVISION','EARLY_YEARS','POST_16']) "
                    + "WITH ORDINALITY AS t(c, n)");
            s.execute("SET session_replication_role = origin");
            s.execute("ANALYZE");
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(amount) FROM funding_payment_line")) {
                rs.next();
                System.out.printf("payment lines: %,d, total %s%n", rs.getLong(1), rs.getBigDecimal(2));
            }
        }
    }

    static Date date(LocalDate d) {
        return Date.valueOf(d);
    }
}
