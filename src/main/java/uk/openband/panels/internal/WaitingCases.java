package uk.openband.panels.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseSummary;

/**
 * The cases waiting for a panel: at panel, or disputed, and not on the agenda of a meeting still open. Read
 * through casework's read model ({@code casework_case_facts_v}) beside panels' own agenda; every change goes
 * through {@code CaseWorkflow} and {@code CaseDecisions}.
 */
@Component
public class WaitingCases {

    private static final String SELECT = "SELECT c.id, c.reference, c.assessment_id, c.pupil_id, c.setting_id, "
            + "c.state, c.indicated_total, c.indicated_band, c.indicated_annual_amount, c.indicated_exceptional, "
            + "c.requested_start_date, c.first_submitted_at, c.last_submitted_at, c.version "
            + "FROM casework_case_facts_v c WHERE c.state = ? AND NOT EXISTS (SELECT 1 FROM panel_agenda_item i "
            + "WHERE i.case_id = c.id AND i.open_meeting) ";

    private final JdbcTemplate jdbc;

    WaitingCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases at panel that are not on the agenda of a meeting still open, oldest submission first. */
    public List<CaseSummary> atPanel() {
        return jdbc.query(SELECT + "ORDER BY c.first_submitted_at, c.id LIMIT 200", (rs, i) -> row(rs),
                CaseState.AT_PANEL.name());
    }

    /** Disputed cases not on the agenda of a meeting still open, disputed first first. */
    public List<CaseSummary> disputed() {
        return jdbc.query(SELECT + "ORDER BY c.disputed_at, c.id LIMIT 200", (rs, i) -> row(rs),
                CaseState.DISPUTED.name());
    }

    private static CaseSummary row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                CaseState.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getString(8), rs.getBigDecimal(9),
                rs.getBoolean(10), rs.getObject(11, java.time.LocalDate.class), rs.getTimestamp(12).toInstant(),
                rs.getTimestamp(13).toInstant(), rs.getLong(14));
    }
}
