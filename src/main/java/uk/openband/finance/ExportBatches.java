package uk.openband.finance;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.agreements.schedule.PaymentPeriod;
import uk.openband.common.Money;
import uk.openband.finance.batch.BatchFiles;
import uk.openband.finance.batch.BatchSnapshot;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.finance.export.XlsxExportWriter;
import uk.openband.platform.Refused;

/**
 * Finance export batches: a finance officer asks for a period (a month, a term or a financial year) and a
 * kind (FULL or CHANGES); the batch's rows are taken as a snapshot and its CSV and XLSX files written and
 * stored in the background (on the {@code financeExportExecutor}), one batch at a time, with progress on the
 * batch. An issued batch, its rows and its files never change (the database refuses it); see
 * {@link BatchDownloads} for the files.
 */
@Service
public class ExportBatches {

    private static final Logger log = LoggerFactory.getLogger(ExportBatches.class);

    /** A running batch that has reported no progress for this long is taken to have died with its instance. */
    static final Duration STALE = Duration.ofMinutes(10);

    private static final String SELECT_BATCH = "SELECT b.*, p.reference AS previous_reference, "
            + "r.reference AS repeat_reference FROM funding_export_batch b "
            + "LEFT JOIN funding_export_batch p ON p.id = b.previous_batch_id "
            + "LEFT JOIN funding_export_batch r ON r.id = b.repeat_of_batch_id ";

    private static final RowMapper<ExportBatch> BATCH = (rs, i) -> new ExportBatch(rs.getLong("id"),
            rs.getString("reference"), rs.getString("period_kind"), rs.getString("period_code"),
            rs.getString("period_label"), rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
            ExportKind.valueOf(rs.getString("kind")), rs.getString("previous_reference"),
            rs.getString("repeat_reference"), ExportStatus.valueOf(rs.getString("status")), rs.getLong("rows_done"),
            (Long) rs.getObject("rows_total", Long.class), (Long) rs.getObject("line_count", Long.class),
            Money.ofNullable(rs.getBigDecimal("control_total")), rs.getString("csv_sha256"),
            rs.getString("xlsx_sha256"), (Long) rs.getObject("csv_bytes", Long.class),
            (Long) rs.getObject("xlsx_bytes", Long.class), rs.getString("failure"), rs.getString("created_by"),
            instant(rs, "created_at"), instant(rs, "issued_at"));

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExportPeriods periods;
    private final CostCodes costCodes;
    private final AsyncTaskExecutor worker;
    private final Map<Long, Future<?>> running = new ConcurrentHashMap<>();

    ExportBatches(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock, ExportPeriods periods, CostCodes costCodes,
            @Qualifier("financeExportExecutor") AsyncTaskExecutor worker) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.periods = periods;
        this.costCodes = costCodes;
        this.worker = worker;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public Optional<ExportBatch> find(long id) {
        return jdbc.query(SELECT_BATCH + "WHERE b.id = ?", BATCH, id).stream().findFirst();
    }

    /** Every batch, newest first. */
    public List<ExportBatch> list() {
        return jdbc.query(SELECT_BATCH + "ORDER BY b.id DESC", BATCH);
    }

    /**
     * Starts a batch: checks the period (a real and plausible one, see {@link ExportPeriods#plausible}), the cost codes and that no other batch is being made; for a FULL
     * batch, refuses unless {@code confirmRepeat} when lines due in the period were issued before (paying
     * them again is the risk). The rows and files are made in the background; see {@link #await}.
     */
    public ExportBatch start(String periodCode, ExportKind kind, boolean confirmRepeat, String user) {
        PaymentPeriod period = periods.period(periodCode).orElseThrow(() -> new Refused("period",
                periodCode == null || periodCode.isBlank() ? "export.period.required" : "export.period.invalid"));
        if (kind == null) {
            throw new Refused("kind", "export.kind.required");
        }
        periods.plausible(period);
        long id = transactions.execute(tx -> {
            failStale();
            List<String> unset = costCodes.missing();
            if (!unset.isEmpty()) {
                throw Refused.state("period", "export.costCodes.missing", String.join(", ", unset));
            }
            List<String> busy = jdbc.queryForList(
                    "SELECT reference FROM funding_export_batch WHERE status = 'RUNNING'", String.class);
            if (!busy.isEmpty()) {
                throw running(busy.get(0));
            }
            Long repeatOf = null;
            String repeatReference = null;
            if (kind == ExportKind.FULL) {
                List<Map<String, Object>> earlier = jdbc.queryForList("SELECT b.id, b.reference FROM "
                        + "funding_export_batch b WHERE b.status = 'ISSUED' AND b.due_from <= ? AND b.due_to >= ? "
                        + "AND EXISTS (SELECT 1 FROM funding_export_line e WHERE e.batch_id = b.id "
                        + "AND e.due_day BETWEEN ? AND ?) ORDER BY b.id", Date.valueOf(period.to()),
                        Date.valueOf(period.from()), Date.valueOf(period.from()), Date.valueOf(period.to()));
                if (!earlier.isEmpty()) {
                    Map<String, Object> latest = earlier.get(earlier.size() - 1);
                    repeatReference = (String) latest.get("reference");
                    if (!confirmRepeat) {
                        String all = String.join(", ", earlier.stream().map(m -> (String) m.get("reference"))
                                .toList());
                        throw Refused.state("confirmRepeat", "export.repeat", period.label(), all);
                    }
                    repeatOf = ((Number) latest.get("id")).longValue();
                }
            }
            Long previous = jdbc.query("SELECT max(id) FROM funding_export_batch WHERE status = 'ISSUED'",
                    (rs, i) -> (Long) rs.getObject(1, Long.class)).get(0);
            Timestamp now = Timestamp.from(clock.instant());
            long newId;
            try {
                newId = jdbc.queryForObject("INSERT INTO funding_export_batch (reference, period_kind, period_code, "
                        + "period_label, period_from, period_to, kind, previous_batch_id, repeat_of_batch_id, status, "
                        + "created_by, created_at, heartbeat_at) VALUES ('EXP-' || lpad(nextval("
                        + "'funding_export_batch_reference_seq')::text, 6, '0'), ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', "
                        + "?, ?, ?) RETURNING id", Long.class, period.kind().name(), period.code(), period.label(),
                        Date.valueOf(period.from()), Date.valueOf(period.to()), kind.name(), previous, repeatOf, user,
                        now, now);
            } catch (DuplicateKeyException e) {
                throw running("another batch");
            }
            String reference = jdbc.queryForObject("SELECT reference FROM funding_export_batch WHERE id = ?",
                    String.class, newId);
            events.publishEvent(new ExportEvents.Requested(reference, period.code(), kind, repeatReference, user));
            return newId;
        });
        try {
            Future<?> job = worker.submit(() -> make(id, user));
            running.put(id, job);
            if (job.isDone()) {
                running.remove(id, job);
            }
        } catch (TaskRejectedException e) {
            // the executor is shutting down (or its queue is full): nothing was made, so nothing is issued
            discard(id, "The application was stopping, so the batch was not made. Nothing was issued. Try again.");
            throw running("another batch");
        }
        return find(id).orElseThrow();
    }

    private static Refused running(String reference) {
        return Refused.state("period", "export.running", reference);
    }

    /** Waits for a batch being made here to finish (or the timeout), then reads it. */
    public Optional<ExportBatch> await(long id, Duration timeout) {
        Future<?> job = running.get(id);
        if (job != null) {
            try {
                job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the batch records its own failure; a timeout leaves it running
            }
        }
        return find(id);
    }

    /** A running batch with no progress for {@link #STALE} died with its instance: failed, rows and files gone. */
    private void failStale() {
        List<Long> stale = jdbc.queryForList("SELECT id FROM funding_export_batch WHERE status = 'RUNNING' "
                + "AND heartbeat_at < ?", Long.class, Timestamp.from(clock.instant().minus(STALE)));
        for (long id : stale) {
            Future<?> job = running.get(id);
            if (job == null || job.isDone()) {
                discard(id, "No progress for 10 minutes: the application stopped while making it. Nothing was issued.");
            }
        }
    }

    private void discard(long id, String reason) {
        jdbc.update("DELETE FROM funding_export_file_part WHERE batch_id = ?", id);
        jdbc.update("DELETE FROM funding_export_line WHERE batch_id = ?", id);
        jdbc.update("UPDATE funding_export_batch SET status = 'FAILED', failure = ? WHERE id = ? "
                + "AND status = 'RUNNING'", reason, id);
    }

    /** Takes the rows, then writes and stores both files, then issues the batch; on any error, fails it. */
    void make(long id, String user) {
        ExportBatch batch = find(id).orElseThrow();
        try {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    BatchSnapshot.Totals totals = batch.kind() == ExportKind.FULL
                            ? BatchSnapshot.full(connection, id, batch.periodFrom(), batch.periodTo())
                            : BatchSnapshot.changes(connection, id, batch.periodTo());
                    try (var update = connection.prepareStatement("UPDATE funding_export_batch SET rows_total = ?, "
                            + "line_count = ?, control_total = ?, due_from = ?, due_to = ?, heartbeat_at = ? "
                            + "WHERE id = ?")) {
                        update.setLong(1, totals.lines() * BatchDownloads.FORMATS.size());
                        update.setLong(2, totals.lines());
                        update.setBigDecimal(3, totals.controlTotal());
                        update.setObject(4, totals.dueFrom());
                        update.setObject(5, totals.dueTo());
                        update.setTimestamp(6, Timestamp.from(clock.instant()));
                        update.setLong(7, id);
                        update.executeUpdate();
                    }
                    connection.commit();

                    BatchFiles.StoredFile csv = BatchFiles.store(connection, id, new CsvExportWriter(),
                            rows -> progress(id, rows));
                    BatchFiles.StoredFile xlsx = BatchFiles.store(connection, id, new XlsxExportWriter(),
                            rows -> progress(id, totals.lines() + rows));
                    for (BatchFiles.StoredFile file : List.of(csv, xlsx)) {
                        if (file.result().rowCount() != totals.lines()
                                || file.result().controlTotal().compareTo(totals.controlTotal()) != 0) {
                            throw new IllegalStateException("a file's rows or total differ from the batch's");
                        }
                    }
                    issue(connection, id, csv, xlsx);
                    connection.commit();
                    events.publishEvent(new ExportEvents.Issued(batch.reference(), totals.lines(),
                            totals.controlTotal(), csv.result().sha256(), xlsx.result().sha256(), user));
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } catch (Exception e) {
            // never the message: a database error can quote a row, and rows hold children's names
            log.error("Export batch {} failed: {}{}", batch.reference(), e.getClass().getName(),
                    e instanceof SQLException sql ? " (SQL state " + sql.getSQLState() + ")" : "");
            discard(id, "The batch could not be made (" + e.getClass().getSimpleName()
                    + "). Nothing was issued. Try again; if it fails again, tell your administrator.");
            events.publishEvent(new ExportEvents.Failed(batch.reference(), user));
        } finally {
            running.remove(id);
        }
    }

    /** Marks the batch issued with its files' checksums and sizes, unless it stopped running meanwhile. */
    private void issue(Connection connection, long id, BatchFiles.StoredFile csv, BatchFiles.StoredFile xlsx)
            throws SQLException {
        try (var issue = connection.prepareStatement("UPDATE funding_export_batch SET status = 'ISSUED', "
                + "rows_done = rows_total, csv_sha256 = ?, xlsx_sha256 = ?, csv_bytes = ?, "
                + "xlsx_bytes = ?, issued_at = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'")) {
            Timestamp now = Timestamp.from(clock.instant());
            issue.setString(1, csv.result().sha256());
            issue.setString(2, xlsx.result().sha256());
            issue.setLong(3, csv.bytes());
            issue.setLong(4, xlsx.bytes());
            issue.setTimestamp(5, now);
            issue.setTimestamp(6, now);
            issue.setLong(7, id);
            if (issue.executeUpdate() != 1) {
                throw new IllegalStateException("the batch stopped running while its files were made");
            }
        }
    }

    private void progress(long id, long rows) {
        jdbc.update("UPDATE funding_export_batch SET rows_done = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'",
                rows, Timestamp.from(clock.instant()), id);
    }
}
