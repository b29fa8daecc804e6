package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.openband.rollover.internal.RolloverModel.Change;
import uk.openband.rollover.internal.RolloverModel.Preview;
import uk.openband.rollover.internal.RolloverModel.Run;
import uk.openband.rollover.internal.RolloverModel.SettingTotal;

/** The record of applied roll-overs: the run, its totals by setting, and which agreement replaced which. */
@Repository
class RolloverRuns {

    private static final String RUN_COLUMNS = "id, banding_key, banding_version, effective_date, policy, no_loss, "
            + "cap_percent, superseded_count, unchanged_count, not_rolled_count, financial_year, annual_change, "
            + "rest_of_year_change, applied_by, applied_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RolloverRuns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Waits for any other roll-over being applied; the lock ends with the transaction. */
    void lockForApply(long key) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, key);
    }

    Optional<Long> findByFingerprint(String fingerprint) {
        return jdbc.queryForList("SELECT id FROM funding_rollover_run WHERE fingerprint = ?", Long.class,
                fingerprint).stream().findFirst();
    }

    /** Records an applied preview; {@code replacements} maps each superseded agreement to its replacement. */
    long record(Preview preview, Map<Long, Long> replacements, String by) {
        var request = preview.request();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO funding_rollover_run (banding_key, banding_version, effective_date, policy, no_loss,
                        cap_percent, fingerprint, superseded_count, unchanged_count, not_rolled_count, financial_year,
                        annual_change, rest_of_year_change, applied_by, applied_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, request.table().key());
            ps.setString(2, request.table().version());
            ps.setObject(3, request.effectiveDate());
            ps.setString(4, request.options().policy().name());
            ps.setBoolean(5, request.options().noLoss());
            ps.setBigDecimal(6, request.options().capPercent());
            ps.setString(7, preview.fingerprint());
            ps.setInt(8, preview.changes().size());
            ps.setInt(9, preview.unchanged().size());
            ps.setInt(10, preview.notRolled().size());
            ps.setInt(11, Integer.parseInt(preview.financialYear().substring(0, 4)));
            ps.setBigDecimal(12, preview.annualChange());
            ps.setBigDecimal(13, preview.restOfYearChange());
            ps.setString(14, by);
            ps.setTimestamp(15, Timestamp.from(clock.instant()));
            return ps;
        }, key);
        long runId = key.getKey().longValue();
        for (SettingTotal t : preview.settingTotals()) {
            jdbc.update("INSERT INTO funding_rollover_setting_total (run_id, setting_id, superseded_count, "
                    + "annual_change, rest_of_year_change) VALUES (?, ?, ?, ?, ?)", runId, t.settingId(),
                    t.agreements(), t.annualChange(), t.restOfYearChange());
        }
        for (Change ch : preview.changes()) {
            jdbc.update("INSERT INTO funding_rollover_line (run_id, agreement_id, new_agreement_id, old_annual, "
                    + "new_annual, effective_from) VALUES (?, ?, ?, ?, ?, ?)", runId, ch.agreementId(),
                    replacements.get(ch.agreementId()), ch.oldAnnual(), ch.newAnnual(), ch.effectiveFrom());
        }
        return runId;
    }

    Optional<Run> find(long id) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM funding_rollover_run WHERE id = ?",
                (rs, i) -> run(rs, totals(rs.getLong(1))), id).stream().findFirst();
    }

    /** The most recent runs, newest first, without their setting totals. */
    List<Run> recent(int limit) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM funding_rollover_run ORDER BY applied_at DESC, id DESC "
                + "LIMIT ?", (rs, i) -> run(rs, List.of()), limit);
    }

    private List<SettingTotal> totals(long runId) {
        return jdbc.query("""
                SELECT t.setting_id, s.name, t.superseded_count, t.annual_change, t.rest_of_year_change
                FROM funding_rollover_setting_total t JOIN directory_setting_v s ON s.id = t.setting_id
                WHERE t.run_id = ? ORDER BY s.name, t.setting_id""",
                (rs, i) -> new SettingTotal(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)), runId);
    }

    private static Run run(java.sql.ResultSet rs, List<SettingTotal> totals) throws java.sql.SQLException {
        int year = rs.getInt(11);
        BigDecimal cap = rs.getBigDecimal(7);
        return new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                rs.getString(5), rs.getBoolean(6), cap, rs.getInt(8), rs.getInt(9), rs.getInt(10),
                new uk.openband.agreements.schedule.FinancialYear(year).label(), rs.getBigDecimal(12),
                rs.getBigDecimal(13), rs.getString(14), rs.getTimestamp(15).toInstant(), totals);
    }
}
