package uk.openband.finance.internal.statement;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.directory.SettingDetails;
import uk.openband.common.Money;
import uk.openband.agreements.schedule.PaymentPeriod;

/**
 * Builds a setting's statement for a period. A payment line belongs to the period when its due day,
 * {@code greatest(period_from, decision_date)}, is inside it: the rule the finance export uses, so the
 * statement for a period adds up to the same lines the export for that period holds.
 */
@Service
@Transactional(readOnly = true)
class Statements {

    /** The due-day rule, in SQL, exactly as {@link PaymentPeriod#dueDay} has it. */
    static final String DUE_DAY = "greatest(l.period_from, a.decision_date)";

    private static final String LINES = "SELECT a.pupil_id, p.upn, p.first_name, p.last_name, a.reference, a.band, "
            + "l.label, l.kind, l.period_from, l.period_to, " + DUE_DAY + " AS due, l.amount "
            + "FROM agreements_payment_line_v l JOIN agreements_agreement_v a ON a.id = l.agreement_id "
            + "JOIN directory_pupil_v p ON p.id = a.pupil_id "
            + "WHERE a.setting_id = ? AND " + DUE_DAY + " BETWEEN ? AND ? "
            + "ORDER BY lower(p.last_name), lower(p.first_name), a.pupil_id, l.period_from, a.reference, l.line_no";

    /** Subtotals per pupil and (pupil_id null) the total, summed by the database. */
    private static final String TOTALS = "SELECT a.pupil_id, sum(l.amount), count(*) "
            + "FROM agreements_payment_line_v l JOIN agreements_agreement_v a ON a.id = l.agreement_id "
            + "WHERE a.setting_id = ? AND " + DUE_DAY + " BETWEEN ? AND ? GROUP BY ROLLUP (a.pupil_id)";

    private final JdbcTemplate jdbc;

    Statements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Statement forSetting(SettingDetails setting, PaymentPeriod period) {
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        Map<Long, BigDecimal> subtotals = new HashMap<>();
        BigDecimal[] total = {Money.ZERO};
        int[] count = {0};
        jdbc.query(TOTALS, rs -> {
            long pupil = rs.getLong(1);
            if (rs.wasNull()) {
                BigDecimal sum = rs.getBigDecimal(2);
                total[0] = sum == null ? Money.ZERO : Money.of(sum);
                count[0] = rs.getInt(3);
            } else {
                subtotals.put(pupil, Money.of(rs.getBigDecimal(2)));
            }
        }, setting.id(), from, to);

        Map<Long, Builder> pupils = new LinkedHashMap<>();
        jdbc.query(LINES, rs -> {
            long pupil = rs.getLong(1);
            String upn = rs.getString(2);
            String name = rs.getString(3) + " " + rs.getString(4);
            Builder b = pupils.computeIfAbsent(pupil, id -> new Builder(id, upn, name));
            Statement.Line line = new Statement.Line(rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                    rs.getObject(11, LocalDate.class), Money.of(rs.getBigDecimal(12)));
            b.references.add(line.reference());
            b.lines.add(line);
        }, setting.id(), from, to);

        List<Statement.PupilLines> rows = pupils.values().stream().map(b -> new Statement.PupilLines(b.id, b.upn,
                b.name, List.copyOf(b.references), List.copyOf(b.lines),
                subtotals.getOrDefault(b.id, Money.ZERO))).toList();
        return new Statement(setting, period, rows, total[0], count[0]);
    }

    private static final class Builder {
        final long id;
        final String upn;
        final String name;
        final LinkedHashSet<String> references = new LinkedHashSet<>();
        final List<Statement.Line> lines = new ArrayList<>();

        Builder(long id, String upn, String name) {
            this.id = id;
            this.upn = upn;
            this.name = name;
        }
    }
}
