package uk.openband.finance.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import uk.openband.finance.export.ExportResult;
import uk.openband.finance.export.ExportRow;
import uk.openband.finance.export.ExportWriter;

/**
 * Makes a batch's files from its snapshot: the rows are read in file order through a cursor
 * ({@value #FETCH_SIZE} at a time) and handed to the writer as they come, so neither the rows nor the file
 * are ever held in memory whole.
 */
public final class BatchFiles {

    static final int FETCH_SIZE = 2000;

    /** How often progress is reported, in rows. */
    public static final int PROGRESS_EVERY = 5000;

    /** Told how many rows have been written so far. */
    @FunctionalInterface
    public interface Progress {
        void rowsWritten(long rows);

        Progress NONE = rows -> { };
    }

    /** A file stored with the batch: its writer's result and its size in bytes. */
    public record StoredFile(ExportResult result, long bytes) {
    }

    static final String ROWS = "SELECT pupil_upn, pupil_name, setting_urn, laestab, setting_name, band, annual_amount, "
            + "period_from, period_to, amount, cost_centre, account_code, agreement_reference, decision_reference "
            + "FROM funding_export_line WHERE batch_id = ? ORDER BY row_no";

    private BatchFiles() {
    }

    /**
     * Writes the batch's rows with the writer and stores the file with the batch, in the connection's
     * transaction (which must not be in auto-commit, or PostgreSQL fetches every row at once).
     */
    public static StoredFile store(Connection connection, long batchId, ExportWriter writer, Progress progress)
            throws SQLException, IOException {
        try (FilePartOutputStream out = new FilePartOutputStream(connection, batchId, writer.extension())) {
            ExportResult result = write(connection, batchId, writer, out, progress);
            out.close();
            return new StoredFile(result, out.size());
        }
    }

    /** Writes the batch's rows with the writer to {@code out}, reading them through a cursor. */
    public static ExportResult write(Connection connection, long batchId, ExportWriter writer, OutputStream out,
            Progress progress) throws SQLException, IOException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("rows are streamed only inside a transaction");
        }
        try (PreparedStatement query = connection.prepareStatement(ROWS, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            query.setLong(1, batchId);
            try (ResultSet rs = query.executeQuery()) {
                return writer.write(new Rows(rs, progress), out);
            } catch (UncheckedSqlException e) {
                throw e.getCause();
            }
        }
    }

    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** The result set as export rows, one row ahead at most. */
    private static final class Rows implements Iterator<ExportRow> {

        private final ResultSet rs;
        private final Progress progress;
        private Boolean ahead;
        private long count;

        Rows(ResultSet rs, Progress progress) {
            this.rs = rs;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rs.next();
                } catch (SQLException e) {
                    throw new UncheckedSqlException(e);
                }
            }
            return ahead;
        }

        @Override
        public ExportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                ExportRow row = new ExportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getDate(8).toLocalDate(),
                        rs.getDate(9).toLocalDate(), rs.getBigDecimal(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14));
                if (++count % PROGRESS_EVERY == 0) {
                    progress.rowsWritten(count);
                }
                return row;
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }
    }
}
