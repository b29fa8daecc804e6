package uk.openband.agreements.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.openband.agreements.AcademicYearView;
import uk.openband.agreements.PaymentMethodKind;
import uk.openband.agreements.PaymentSettingsView;
import uk.openband.agreements.schedule.PaymentMethod;
import uk.openband.agreements.schedule.TermCalendar;

/** Reads and writes the LA's payment method (one row) and its term calendar. */
@Repository
public class PaymentSettingsStore {

    private final JdbcTemplate jdbc;

    PaymentSettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PaymentSettingsView load() {
        return jdbc.queryForObject("SELECT method, use_termly_amount, updated_by, updated_at, version "
                + "FROM funding_payment_method WHERE id = 1", (rs, i) -> {
                    Timestamp at = rs.getTimestamp(4);
                    return new PaymentSettingsView(PaymentMethodKind.valueOf(rs.getString(1)), rs.getBoolean(2),
                            years(), rs.getString(3), at == null ? null : at.toInstant(), rs.getLong(5));
                });
    }

    public List<AcademicYearView> years() {
        return jdbc.query("SELECT start_year, spring_start, summer_start, autumn_weight, spring_weight, summer_weight "
                + "FROM funding_academic_year ORDER BY start_year", (rs, i) -> new AcademicYearView(rs.getInt(1),
                rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
    }

    /** The scheduler's method for the stored settings. */
    public PaymentMethod method(PaymentSettingsView settings) {
        return switch (settings.method()) {
            case TERMLY -> PaymentMethod.termly(TermCalendar.of(settings.years().stream()
                    .map(AcademicYearView::terms).toList()));
            case MONTHLY -> new PaymentMethod.Monthly();
            case DAILY -> new PaymentMethod.Daily();
        };
    }

    /**
     * Saves the method and replaces the term calendar; false when the settings changed since
     * {@code expectedVersion} was read (nothing is written then).
     */
    public boolean save(PaymentMethodKind method, boolean useTermly, List<AcademicYearView> years,
            long expectedVersion, String by, Instant at) {
        int updated = jdbc.update("UPDATE funding_payment_method SET method = ?, use_termly_amount = ?, updated_by = ?, "
                + "updated_at = ?, version = version + 1 WHERE id = 1 AND version = ?", method.name(), useTermly, by,
                Timestamp.from(at), expectedVersion);
        if (updated == 0) {
            return false;
        }
        jdbc.update("DELETE FROM funding_academic_year");
        for (AcademicYearView y : years) {
            jdbc.update("INSERT INTO funding_academic_year (start_year, spring_start, summer_start, autumn_weight, "
                    + "spring_weight, summer_weight) VALUES (?, ?, ?, ?, ?, ?)", y.startYear(),
                    Date.valueOf(y.springStart()), Date.valueOf(y.summerStart()), y.autumnWeight(), y.springWeight(),
                    y.summerWeight());
        }
        return true;
    }
}
