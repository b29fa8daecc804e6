package uk.openband.finance.batch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import uk.openband.common.Money;

/**
 * Writes a batch's rows into {@code funding_export_line} with one {@code INSERT ... SELECT} each: every
 * column value as it is at issue time, numbered in file order. No row passes through Java.
 *
 * <p>A payment line is due on {@code greatest(line.period_from, agreement.decision_date)} (see
 * {@code PaymentPeriod}); a FULL batch holds every line due in the period. A CHANGES batch compares every
 * line due up to the period's end with the net of what issued batches paid for the same line (agreement,
 * line period and line kind): a line never paid (or paid and taken back in full) is a LINE row; a line paid
 * at a different amount is a REVERSAL of the net paid and a REPLACEMENT at today's amount; a line paid but
 * gone (the agreement ended or was superseded) is a REVERSAL.
 *
 * <p>An imported award has no decision: its decision reference is the old system's reference.
 */
public final class BatchSnapshot {

    /** The table's columns in the order both INSERTs give them. */
    static final String COLUMNS = "batch_id, row_no, adjustment, agreement_id, payment_line_id, line_kind, due_day, "
            + "pupil_upn, pupil_name, setting_urn, laestab, setting_name, band, annual_amount, period_from, "
            + "period_to, amount, cost_centre, account_code, agreement_reference, decision_reference";

    /** Today's payment lines with every exported value; the caller adds the due-day condition. */
    static final String CURRENT = """
            SELECT l.id AS payment_line_id, a.id AS agreement_id, l.kind AS line_kind,
                   greatest(l.period_from, a.decision_date) AS due_day,
                   p.upn AS pupil_upn, p.first_name || ' ' || p.last_name AS pupil_name,
                   s.urn AS setting_urn, s.laestab, s.name AS setting_name, a.band, a.annual_amount,
                   l.period_from, l.period_to, l.amount, c.cost_centre, c.account_code,
                   a.reference AS agreement_reference,
                   coalesce('DEC-' || CASE WHEN a.decision_id < 1000000 THEN lpad(a.decision_id::text, 6, '0')
                                           ELSE a.decision_id::text END,
                            a.old_reference) AS decision_reference
              FROM agreements_payment_line_v l
              JOIN agreements_agreement_v a ON a.id = l.agreement_id
              JOIN directory_pupil_v p ON p.id = a.pupil_id
              JOIN directory_setting_v s ON s.id = a.setting_id
              LEFT JOIN funding_cost_code c ON c.category = s.category
            """;

    /** The value columns after the adjustment, for a source aliased {@code r}. */
    private static final String VALUES = "r.agreement_id, r.payment_line_id, r.line_kind, r.due_day, r.pupil_upn, "
            + "r.pupil_name, r.setting_urn, r.laestab, r.setting_name, r.band, r.annual_amount, r.period_from, "
            + "r.period_to, r.amount, r.cost_centre, r.account_code, r.agreement_reference, r.decision_reference";

    /** File order: by setting, agreement, line start and kind; a reversal before what replaces it. */
    private static final String ORDER = "r.setting_urn, r.agreement_reference, r.period_from, r.line_kind, "
            + "r.ord, r.period_to, r.payment_line_id";

    static final String FULL = "INSERT INTO funding_export_line (" + COLUMNS + ")\n"
            + "SELECT ?, row_number() OVER (ORDER BY " + ORDER + "), 'LINE', " + VALUES + "\n"
            + "  FROM (SELECT 1 AS ord, cur.* FROM (" + CURRENT
            + "  WHERE l.period_from <= ? AND greatest(l.period_from, a.decision_date) BETWEEN ? AND ?) cur) r";

    private static final String SAME_LINE = "USING (agreement_id, period_from, period_to, line_kind)";

    private static final String CUR_VALUES = "cur.agreement_id, cur.payment_line_id, cur.line_kind, cur.due_day, "
            + "cur.pupil_upn, cur.pupil_name, cur.setting_urn, cur.laestab, cur.setting_name, cur.band, "
            + "cur.annual_amount, cur.period_from, cur.period_to, cur.amount, cur.cost_centre, cur.account_code, "
            + "cur.agreement_reference, cur.decision_reference";

    static final String CHANGES = "WITH cur AS (" + CURRENT
            + "  WHERE l.period_from <= ? AND greatest(l.period_from, a.decision_date) <= ?),\n"
            + """
            issued AS (
              SELECT e.agreement_id, e.period_from, e.period_to, e.line_kind, sum(e.amount) AS net
                FROM funding_export_line e JOIN funding_export_batch b ON b.id = e.batch_id
               WHERE b.status = 'ISSUED'
               GROUP BY e.agreement_id, e.period_from, e.period_to, e.line_kind),
            latest AS (
              SELECT DISTINCT ON (e.agreement_id, e.period_from, e.period_to, e.line_kind) e.*
                FROM funding_export_line e JOIN funding_export_batch b ON b.id = e.batch_id
               WHERE b.status = 'ISSUED' AND e.adjustment <> 'REVERSAL'
               ORDER BY e.agreement_id, e.period_from, e.period_to, e.line_kind, e.batch_id DESC, e.row_no DESC),
            was AS (
              SELECT i.net, w.* FROM issued i JOIN latest w USING (agreement_id, period_from, period_to, line_kind)),
            """
            + "adjusted AS (\n"
            + "  SELECT 1 AS ord, 'LINE' AS adjustment, " + CUR_VALUES + "\n"
            + "    FROM cur LEFT JOIN was " + SAME_LINE + " WHERE coalesce(was.net, 0) = 0\n"
            + "  UNION ALL\n"
            + "  SELECT 0, 'REVERSAL', was.agreement_id, was.payment_line_id, was.line_kind, was.due_day, "
            + "was.pupil_upn, was.pupil_name, was.setting_urn, was.laestab, was.setting_name, was.band, "
            + "was.annual_amount, was.period_from, was.period_to, -was.net, was.cost_centre, was.account_code, "
            + "was.agreement_reference, was.decision_reference\n"
            + "    FROM was LEFT JOIN cur " + SAME_LINE + "\n"
            + "   WHERE was.net <> 0 AND ((cur.agreement_id IS NULL AND was.due_day <= ?) OR cur.amount <> was.net)\n"
            + "  UNION ALL\n"
            + "  SELECT 2, 'REPLACEMENT', " + CUR_VALUES + "\n"
            + "    FROM cur JOIN was " + SAME_LINE + " WHERE was.net <> 0 AND cur.amount <> was.net)\n"
            + "INSERT INTO funding_export_line (" + COLUMNS + ")\n"
            + "SELECT ?, row_number() OVER (ORDER BY " + ORDER + "), r.adjustment, " + VALUES + " FROM adjusted r";

    /**
     * The rows a FULL batch for {@code from..to} takes, as a plain ordered SELECT with the file's columns (three
     * date parameters: to, from, to). Not used by the app: the benchmark hands it to PostgreSQL's own
     * {@code COPY ... TO STDOUT} to compare with.
     */
    public static String fullSelect() {
        return "SELECT pupil_upn, pupil_name, setting_urn, laestab, setting_name, band, annual_amount, period_from, "
                + "period_to, amount, cost_centre, account_code, agreement_reference, decision_reference FROM (SELECT "
                + "1 AS ord, cur.* FROM (" + CURRENT + "  WHERE l.period_from <= ? AND greatest(l.period_from, "
                + "a.decision_date) BETWEEN ? AND ?) cur) r ORDER BY " + ORDER;
    }

    /** A batch's row count and control total, and its rows' first and last due days (null with no rows). */
    public record Totals(long lines, BigDecimal controlTotal, LocalDate dueFrom, LocalDate dueTo) {
    }

    private BatchSnapshot() {
    }

    /** Every line due in {@code from..to}, as LINE rows of the batch. */
    public static Totals full(Connection connection, long batchId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(FULL)) {
            insert.setLong(1, batchId);
            insert.setDate(2, Date.valueOf(to));
            insert.setDate(3, Date.valueOf(from));
            insert.setDate(4, Date.valueOf(to));
            insert.executeUpdate();
        }
        return totals(connection, batchId);
    }

    /** What differs from everything issued, for lines due up to {@code to}. */
    public static Totals changes(Connection connection, long batchId, LocalDate to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CHANGES)) {
            insert.setDate(1, Date.valueOf(to));
            insert.setDate(2, Date.valueOf(to));
            insert.setDate(3, Date.valueOf(to));
            insert.setLong(4, batchId);
            insert.executeUpdate();
        }
        return totals(connection, batchId);
    }

    static Totals totals(Connection connection, long batchId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*), coalesce(sum(amount), 0), min(due_day), max(due_day) FROM funding_export_line "
                        + "WHERE batch_id = ?")) {
            query.setLong(1, batchId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                Date from = rs.getDate(3);
                Date to = rs.getDate(4);
                return new Totals(rs.getLong(1), Money.of(rs.getBigDecimal(2)), from == null ? null : from.toLocalDate(),
                        to == null ? null : to.toLocalDate());
            }
        }
    }
}
