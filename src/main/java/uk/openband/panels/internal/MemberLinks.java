package uk.openband.panels.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Panel members' links to settings, and the recusals they cause on agenda items. */
@Component
public class MemberLinks {

    public record Link(String username, long settingId) {
    }

    public record Recusal(long agendaItemId, String username, long settingId) {
    }

    private final JdbcTemplate jdbc;

    MemberLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Link> links(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT username, setting_id FROM panel_member_setting WHERE username = ANY (?) "
                + "ORDER BY username, setting_id", (rs, i) -> new Link(rs.getString(1), rs.getLong(2)),
                (Object) usernames.toArray(String[]::new));
    }

    /** True when the link is new. */
    public boolean link(String username, long settingId) {
        return jdbc.update("INSERT INTO panel_member_setting (username, setting_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                username, settingId) == 1;
    }

    /** True when there was such a link. */
    public boolean unlink(String username, long settingId) {
        return jdbc.update("DELETE FROM panel_member_setting WHERE username = ? AND setting_id = ?", username,
                settingId) == 1;
    }

    public List<Recusal> recusals(long meetingId) {
        return jdbc.query("SELECT r.agenda_item_id, r.username, r.setting_id FROM panel_recusal r "
                + "JOIN panel_agenda_item i ON i.id = r.agenda_item_id WHERE i.meeting_id = ? ORDER BY i.position, r.username",
                (rs, i) -> new Recusal(rs.getLong(1), rs.getString(2), rs.getLong(3)), meetingId);
    }

    /** True when the recusal is new. */
    public boolean recuse(long agendaItemId, String username, long settingId, Instant at) {
        return jdbc.update("INSERT INTO panel_recusal (agenda_item_id, username, setting_id, recorded_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", agendaItemId, username, settingId, Timestamp.from(at)) == 1;
    }

    public void withdrawRecusal(long agendaItemId, String username) {
        jdbc.update("DELETE FROM panel_recusal WHERE agenda_item_id = ? AND username = ?", agendaItemId, username);
    }
}
