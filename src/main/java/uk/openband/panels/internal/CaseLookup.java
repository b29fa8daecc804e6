package uk.openband.panels.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.casework.CaseState;

/**
 * Reads what the panel needs about cases that {@code CaseQueries} does not offer yet: a case by
 * id with its version (for optimistic locking), the cases at panel, and the decision casework
 * recorded. Read-only: every change goes through {@code CaseWorkflow} and {@code CaseDecisions}.
 * To be replaced by {@code CaseQueries} methods once casework publishes them.
 */
@Component
public class CaseLookup {

    /** A case as the panel pages need it. */
    public record CaseRow(long id, String reference, long assessmentId, long settingId, CaseState state,
            String indicatedBand, BigDecimal indicatedAnnualAmount, boolean indicatedExceptional,
            BigDecimal indicatedTotal, long version) {
    }

    /** The decision casework holds for a case. */
    public record DecisionRow(String outcome, String band, BigDecimal annualAmount, boolean override,
            boolean needsApproval, String status) {
    }

    private static final String SELECT = "SELECT id, reference, assessment_id, setting_id, state, indicated_band, "
            + "indicated_annual_amount, indicated_exceptional, indicated_total, version FROM funding_case ";

    private final JdbcTemplate jdbc;

    CaseLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseRow> byId(long id) {
        return jdbc.query(SELECT + "WHERE id = ?", (rs, i) -> row(rs), id).stream().findFirst();
    }

    public Optional<CaseRow> byReference(String reference) {
        return jdbc.query(SELECT + "WHERE reference = ?", (rs, i) -> row(rs), reference).stream().findFirst();
    }

    /** Cases at panel that are not on the agenda of a meeting still open, oldest submission first. */
    public List<CaseRow> waitingForPanel() {
        return jdbc.query(SELECT + "c WHERE c.state = 'AT_PANEL' AND NOT EXISTS (SELECT 1 FROM panel_agenda_item i "
                + "WHERE i.case_id = c.id AND i.open_meeting) "
                + "ORDER BY c.first_submitted_at, c.id LIMIT 200", (rs, i) -> row(rs));
    }

    /** Disputed cases not on the agenda of a meeting still open, disputed first first. */
    public List<CaseRow> disputedWaiting() {
        return jdbc.query(SELECT + "c WHERE c.state = 'DISPUTED' AND NOT EXISTS (SELECT 1 FROM panel_agenda_item i "
                + "WHERE i.case_id = c.id AND i.open_meeting) "
                + "ORDER BY c.disputed_at, c.id LIMIT 200", (rs, i) -> row(rs));
    }

    public Optional<DecisionRow> currentDecision(long caseId) {
        return jdbc.query("SELECT d.outcome, d.band, d.annual_amount, d.override, d.needs_approval, d.status "
                + "FROM funding_case c JOIN case_decision d ON d.id = c.decision_id WHERE c.id = ?",
                (rs, i) -> new DecisionRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getString(6)), caseId).stream().findFirst();
    }

    private static CaseRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                CaseState.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8),
                rs.getBigDecimal(9), rs.getLong(10));
    }
}
