package uk.openband.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.calendar.StageTargets;
import uk.openband.casework.CaseFilter;
import uk.openband.casework.CaseQueuePage;
import uk.openband.casework.CaseRow;
import uk.openband.casework.CaseSort;
import uk.openband.casework.CaseState;

/**
 * The officer queue as two indexed SQL queries (the counts per state, which hold the total, with the bands
 * to filter by; and a page of rows); no entities are loaded, so it stays fast with tens of thousands of cases. The pupil's
 * name and the setting's name are joined in for display only, from directory's read model
 * ({@code directory_pupil_v}, {@code directory_setting_v}).
 */
@Component
public class CaseQueueQuery {

    public static final int PAGE_SIZE = 25;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final StageTargets targets;

    CaseQueueQuery(NamedParameterJdbcTemplate jdbc, Clock clock, StageTargets targets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.targets = targets;
    }

    public CaseQueuePage page(CaseFilter filter, CaseSort sort, int page) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today);
        String others = where(filter, params, false);
        String all = where(filter, params, true);
        Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        // One statement for the counts per state and the bands to filter by. Without filters (the state aside,
        // which the counts ignore) the counts are the totals a trigger keeps (V175): a few rows however many
        // cases there are; the bands always are.
        String stateCounts = others.equals(WHERE_ALL)
                ? "SELECT 'S', state, cases FROM casework_case_state_count WHERE cases > 0"
                : "SELECT 'S', c.state, count(*) FROM funding_case c" + others + " GROUP BY c.state";
        List<String> bands = new ArrayList<>();
        jdbc.query(stateCounts + " UNION ALL SELECT 'B', band, cases FROM casework_case_band_count WHERE cases > 0"
                + " ORDER BY 1, 2", params, rs -> {
                    if (rs.getString(1).equals("S")) {
                        counts.put(CaseState.valueOf(rs.getString(2)), rs.getLong(3));
                    } else {
                        bands.add(rs.getString(2));
                    }
                });
        // The counts per state already hold the total: all of them, or the chosen state's.
        long total = filter.state() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(filter.state(), 0L);
        int current = (int) Math.min(Math.max(page, 1), Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        params.addValue("limit", PAGE_SIZE).addValue("offset", (current - 1) * PAGE_SIZE);
        String order = switch (sort) {
            case NEWEST -> " ORDER BY c.first_submitted_at DESC, c.id DESC";
            case DUE_DATE -> " ORDER BY c.due_date, c.id";
            default -> " ORDER BY c.first_submitted_at, c.id";
        };
        Instant now = clock.instant();
        List<CaseRow> rows = total == 0 ? List.of() : jdbc.query("SELECT c.id, c.reference, c.state, c.pupil_id, "
                + "p.first_name, p.last_name, c.setting_id, s.name, c.primary_need, c.indicated_band, "
                + "c.indicated_annual_amount, c.indicated_exceptional, c.assigned_officer, c.first_submitted_at, "
                + "c.due_date "
                + "FROM (SELECT * FROM funding_case c" + all + order + " LIMIT :limit OFFSET :offset) c "
                + "JOIN directory_pupil_v p ON p.id = c.pupil_id JOIN directory_setting_v s ON s.id = c.setting_id" + order,
                params, (rs, i) -> row(rs, now, today));
        return new CaseQueuePage(rows, current, PAGE_SIZE, total, counts, bands);
    }

    private static final String WHERE_ALL = " WHERE TRUE";

    private static String where(CaseFilter f, MapSqlParameterSource params, boolean withState) {
        StringBuilder sql = new StringBuilder(WHERE_ALL);
        if (withState && f.state() != null) {
            sql.append(" AND c.state = :state");
            params.addValue("state", f.state().name());
        }
        if (f.settingId() != null) {
            sql.append(" AND c.setting_id = :setting");
            params.addValue("setting", f.settingId());
        }
        if (f.primaryNeed() != null) {
            sql.append(" AND c.primary_need = :need");
            params.addValue("need", f.primaryNeed());
        }
        if (CaseFilter.UNASSIGNED.equals(f.officer())) {
            sql.append(" AND c.assigned_officer IS NULL");
        } else if (f.officer() != null) {
            sql.append(" AND c.assigned_officer = :officer");
            params.addValue("officer", f.officer());
        }
        if (f.band() != null) {
            sql.append(" AND c.indicated_band = :band");
            params.addValue("band", f.band());
        }
        if (f.overdue()) {
            sql.append(" AND c.due_date < :today");
        }
        return sql.toString();
    }

    private CaseRow row(ResultSet rs, Instant now, LocalDate today) throws SQLException {
        Instant submitted = rs.getTimestamp(14).toInstant();
        java.sql.Date due = rs.getDate(15);
        LocalDate dueDate = due == null ? null : due.toLocalDate();
        boolean overdue = dueDate != null && targets.isOverdue(dueDate, today);
        return new CaseRow(rs.getLong(1), rs.getString(2), CaseState.valueOf(rs.getString(3)), rs.getLong(4),
                rs.getString(5) + " " + rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getBigDecimal(11), rs.getBoolean(12), rs.getString(13), submitted,
                Math.max(0, Duration.between(submitted, now).toDays()), dueDate, overdue,
                overdue ? targets.workingDaysOverdue(dueDate, today) : 0);
    }

    /** Distinct bands indicated on cases, for the band filter (the counts a trigger keeps, V175). */
    public List<String> indicatedBands() {
        return jdbc.getJdbcTemplate().queryForList(
                "SELECT band FROM casework_case_band_count WHERE cases > 0 ORDER BY band", String.class);
    }
}
