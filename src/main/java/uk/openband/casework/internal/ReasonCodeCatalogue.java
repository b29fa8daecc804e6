package uk.openband.casework.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.casework.ReasonCode;

/** The decision reason codes in use, from the {@code decision_reason_code} table (an admin may add to it). */
@Component
public class ReasonCodeCatalogue {

    private final JdbcTemplate jdbc;

    ReasonCodeCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReasonCode> active() {
        return jdbc.query("SELECT code, label FROM decision_reason_code WHERE active ORDER BY sort_order, code",
                (rs, i) -> new ReasonCode(rs.getString(1), rs.getString(2)));
    }

    public List<ReasonCode> all() {
        return jdbc.query("SELECT code, label FROM decision_reason_code ORDER BY sort_order, code",
                (rs, i) -> new ReasonCode(rs.getString(1), rs.getString(2)));
    }
}
