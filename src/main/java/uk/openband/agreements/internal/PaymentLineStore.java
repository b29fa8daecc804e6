package uk.openband.agreements.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import uk.openband.agreements.PaymentLineView;
import uk.openband.agreements.schedule.Schedule;
import uk.openband.agreements.schedule.ScheduleLine;

/** An agreement's payment lines, replaced as a whole whenever the agreement (or the method) changes. */
@Repository
public class PaymentLineStore {

    private static final RowMapper<PaymentLineView> LINE = (rs, i) -> new PaymentLineView(rs.getLong(1),
            rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
            rs.getString(7), rs.getString(8), rs.getBigDecimal(9));

    private final JdbcTemplate jdbc;

    PaymentLineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long agreementId, Schedule schedule) {
        jdbc.update("DELETE FROM funding_payment_line WHERE agreement_id = ?", agreementId);
        List<Object[]> rows = new ArrayList<>(schedule.lines().size());
        int no = 0;
        for (ScheduleLine line : schedule.lines()) {
            no++;
            rows.add(new Object[] {agreementId, no, line.year().startYear(), Date.valueOf(line.from()),
                    Date.valueOf(line.to()), line.label(), line.kind().name(), line.amount()});
        }
        // One round trip for the agreement's lines rather than one per line.
        jdbc.batchUpdate("INSERT INTO funding_payment_line (agreement_id, line_no, financial_year, period_from, "
                + "period_to, label, kind, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public List<PaymentLineView> lines(long agreementId) {
        return jdbc.query("SELECT id, agreement_id, line_no, financial_year, period_from, period_to, label, kind, amount "
                + "FROM funding_payment_line WHERE agreement_id = ? ORDER BY line_no", LINE, agreementId);
    }
}
