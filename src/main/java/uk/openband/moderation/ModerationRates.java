package uk.openband.moderation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement rates of blind re-scores, worked out in SQL over the moderated domains of cases decided in a period
 * (from and to inclusive, days in the configured time zone): per domain, per deciding officer (delegated decisions), per panel
 * meeting (panel decisions) and overall. A rate is the share of domains where the blind level equals the decided
 * level, as a percentage to one decimal place.
 */
@Service
@Transactional(readOnly = true)
public class ModerationRates {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ModerationRates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One line of rates: what it is about, cases, domains scored, domains agreed and the rate (null when none). */
    public record Rate(String key, LocalDate meetingDate, long cases, long domains, long agreed, BigDecimal percent) {
    }

    /** All the rates for a period. */
    public record Rates(LocalDate from, LocalDate to, Rate overall, List<Rate> byDomain, List<Rate> byOfficer,
            List<Rate> byPanel) {
    }

    private static final String COUNTS = """
            count(DISTINCT md.case_id), count(*), count(*) FILTER (WHERE md.agrees),
            round(100.0 * count(*) FILTER (WHERE md.agrees) / nullif(count(*), 0), 1)""";

    private static final String FROM = """
            FROM moderation_domain md JOIN moderation_case m ON m.case_id = md.case_id
            WHERE m.decided_at >= ? AND m.decided_at < ?""";

    public Rates between(LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        Rate overall = jdbc.queryForObject("SELECT NULL, NULL, " + COUNTS + " " + FROM, this::rate, start, end);
        List<Rate> byDomain = jdbc.query("SELECT md.domain_code, NULL, " + COUNTS + " " + FROM
                + " GROUP BY md.domain_code ORDER BY md.domain_code", this::rate, start, end);
        List<Rate> byOfficer = jdbc.query("SELECT m.decided_by, NULL, " + COUNTS + " " + FROM
                + " AND m.panel_meeting_id IS NULL GROUP BY m.decided_by ORDER BY m.decided_by", this::rate, start, end);
        List<Rate> byPanel = jdbc.query("""
                SELECT m.panel_meeting_id, pm.meeting_date, %s
                FROM moderation_domain md JOIN moderation_case m ON m.case_id = md.case_id
                JOIN panels_meeting_v pm ON pm.id = m.panel_meeting_id
                WHERE m.decided_at >= ? AND m.decided_at < ?
                GROUP BY m.panel_meeting_id, pm.meeting_date ORDER BY pm.meeting_date, m.panel_meeting_id"""
                .formatted(COUNTS), this::rate, start, end);
        return new Rates(from, to, overall, byDomain, byOfficer, byPanel);
    }

    private Rate rate(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Rate(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getBigDecimal(6));
    }
}
