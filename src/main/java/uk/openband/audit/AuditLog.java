package uk.openband.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import uk.openband.platform.AuditableEvent;

/**
 * Writes every {@link AuditableEvent} any module publishes, in the publisher's transaction, so a
 * change and its audit line are committed together or not at all. The table refuses UPDATE and
 * DELETE.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = "SELECT id, occurred_at, actor, action, subject_type, subject_id, details::text "
            + "FROM audit_event ";
    private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(rs.getLong(1),
            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AuditableEvent event) {
        record(actorOf(event), event.action(), event.subjectType(), event.subjectId(), event.details());
    }

    /** Records one event. Details must not hold a child's name or other personal data beyond ids. */
    public void record(String actor, String action, String subjectType, String subjectId, Map<String, Object> details) {
        jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, details) "
                        + "VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))",
                Timestamp.from(clock.instant()), truncate(actor, 100), action, subjectType,
                subjectId, JSON.writeValueAsString(details == null ? Map.of() : details));
    }

    /** The events about one subject, oldest first: the timeline of a case, a user or a version. */
    public List<AuditEntry> eventsAbout(String subjectType, String subjectId) {
        return jdbc.query(SELECT + "WHERE subject_type = ? AND subject_id = ? ORDER BY occurred_at, id",
                ENTRY,
                subjectType, subjectId);
    }

    /** The most recent events of one kind, newest first. */
    public List<AuditEntry> recent(String action, int limit) {
        return jdbc.query(SELECT + "WHERE action = ? ORDER BY occurred_at DESC, id DESC LIMIT ?",
                ENTRY,
                action, limit);
    }

    private static String actorOf(AuditableEvent event) {
        if (event.actor() != null && !event.actor().isBlank()) {
            return event.actor();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getName() != null ? auth.getName() : "system";
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
