package uk.openband.panels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.openband.panels.MeetingStatus;
import uk.openband.platform.Refused;

/** The meeting aggregate's status rules, every transition from every status. */
class PanelMeetingTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static PanelMeeting in(MeetingStatus status) {
        PanelMeeting m = new PanelMeeting(LocalDate.of(2026, 11, 30), "chair", Set.of("a", "b"), 3, "officer", NOW);
        if (status != MeetingStatus.PLANNED) {
            m.start(NOW);
        }
        if (status == MeetingStatus.CLOSED) {
            m.close("officer", NOW);
        }
        assertThat(m.getStatus()).isEqualTo(status);
        return m;
    }

    @Test
    void the_chair_is_always_a_member() {
        PanelMeeting m = in(MeetingStatus.PLANNED);
        assertThat(m.getMembers()).containsExactlyInAnyOrder("chair", "a", "b");
        assertThat(m.isMember("chair")).isTrue();
        assertThat(m.isMember("someone")).isFalse();
    }

    @Test
    void start_only_when_planned() {
        in(MeetingStatus.PLANNED).start(NOW);
        assertThatThrownBy(() -> in(MeetingStatus.IN_SESSION).start(NOW)).isInstanceOf(Refused.class)
                .hasMessage("You cannot start a meeting that is in session.");
        assertThatThrownBy(() -> in(MeetingStatus.CLOSED).start(NOW))
                .hasMessage("You cannot start a meeting that is closed.");
    }

    @Test
    void close_only_when_in_session_and_it_records_who_and_when() {
        PanelMeeting m = in(MeetingStatus.IN_SESSION);
        m.close("chair", NOW.plusSeconds(60));
        assertThat(m.getClosedBy()).isEqualTo("chair");
        assertThat(m.getClosedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> in(MeetingStatus.PLANNED).close("chair", NOW))
                .hasMessage("You cannot close a meeting that is planned.");
        assertThatThrownBy(() -> in(MeetingStatus.CLOSED).close("chair", NOW))
                .hasMessage("You cannot close a meeting that is closed.");
    }

    @Test
    void the_agenda_changes_until_closing_and_decisions_only_in_session() {
        in(MeetingStatus.PLANNED).agendaChanged(NOW);
        in(MeetingStatus.IN_SESSION).agendaChanged(NOW);
        assertThatThrownBy(() -> in(MeetingStatus.CLOSED).agendaChanged(NOW))
                .hasMessage("You cannot add cases to a meeting that is closed.");
        in(MeetingStatus.IN_SESSION).requireInSession("record decisions at");
        assertThatThrownBy(() -> in(MeetingStatus.PLANNED).requireInSession("record decisions at"))
                .hasMessage("You cannot record decisions at a meeting that is planned.");
        assertThatThrownBy(() -> in(MeetingStatus.CLOSED).requireInSession("record decisions at"))
                .hasMessage("You cannot record decisions at a meeting that is closed.");
    }
}
