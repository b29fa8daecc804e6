package uk.openband.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's list of funding routes, in its own order. */
@Service
@Transactional(readOnly = true)
public class FundingRoutes {

    private final JdbcTemplate jdbc;

    FundingRoutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every route, offered or withdrawn, in the council's order. */
    public List<FundingRoute> all() {
        return jdbc.query("SELECT code, name, active FROM casework_funding_route ORDER BY position, code",
                (rs, i) -> new FundingRoute(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
    }

    /** The route with this code (case ignored), offered or withdrawn. */
    public Optional<FundingRoute> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return all().stream().filter(r -> r.code().equals(wanted)).findFirst();
    }
}
