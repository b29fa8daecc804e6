package uk.openband.casework.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.casework.ReasonCode;
import uk.openband.platform.Recent;

/**
 * The decision reason codes in use, from the {@code decision_reason_code} table (an administrator may add to it
 * in the database): read once a minute at most, as every case page lists them.
 */
@Component
public class ReasonCodeCatalogue {

    private record Codes(List<ReasonCode> all, List<ReasonCode> active) {
    }

    private final Recent<Codes> codes;

    ReasonCodeCatalogue(JdbcTemplate jdbc) {
        this.codes = new Recent<>(Duration.ofMinutes(1), () -> {
            List<ReasonCode> all = new ArrayList<>();
            List<ReasonCode> active = new ArrayList<>();
            jdbc.query("SELECT code, label, active FROM decision_reason_code ORDER BY sort_order, code", rs -> {
                ReasonCode code = new ReasonCode(rs.getString(1), rs.getString(2));
                all.add(code);
                if (rs.getBoolean(3)) {
                    active.add(code);
                }
            });
            return new Codes(List.copyOf(all), List.copyOf(active));
        });
    }

    public List<ReasonCode> active() {
        return codes.get().active();
    }

    public List<ReasonCode> all() {
        return codes.get().all();
    }
}
