package uk.openband.finance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.agreements.LineExports;
import uk.openband.agreements.PaymentLineView;
import uk.openband.common.Money;

/** Tells the pupil funding page which issued batches paid each of an agreement's payment lines. */
@Component
class IssuedLines implements LineExports {

    private final JdbcTemplate jdbc;

    IssuedLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What each issued batch paid for each of an agreement's lines: batch, date, amount, adjustment. */
    List<LineExported> exportsOf(long agreementId) {
        return jdbc.query("SELECT b.reference, b.id, b.issued_at, e.period_from, e.period_to, e.line_kind, "
                + "e.adjustment, e.amount FROM funding_export_line e JOIN funding_export_batch b ON b.id = e.batch_id "
                + "WHERE e.agreement_id = ? AND b.status = 'ISSUED' ORDER BY e.period_from, e.line_kind, b.id, e.row_no",
                (rs, i) -> new LineExported(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7),
                        Money.of(rs.getBigDecimal(8))), agreementId);
    }

    /**
     * For each of an agreement's lines (by line id), what issued batches did with it, oldest first: rows for
     * the same agreement, days and kind (a line worked out again keeps its identity, and its old rows).
     */
    @Override
    public Map<Long, List<ExportedLine>> exportsOfLines(long agreementId, List<PaymentLineView> lines) {
        List<LineExported> issued = exportsOf(agreementId);
        Map<Long, List<ExportedLine>> byLine = new HashMap<>();
        for (PaymentLineView line : lines) {
            byLine.put(line.id(), issued.stream().filter(e -> e.periodFrom().equals(line.periodFrom())
                    && e.periodTo().equals(line.periodTo()) && e.lineKind().equals(line.kind()))
                    .map(e -> new ExportedLine(e.batchReference(), e.issuedAt(), e.adjustment())).toList());
        }
        return byLine;
    }

    /** One issued row of an agreement's line. */
    record LineExported(String batchReference, long batchId, Instant issuedAt, LocalDate periodFrom,
            LocalDate periodTo, String lineKind, String adjustment, BigDecimal amount) {
    }
}
