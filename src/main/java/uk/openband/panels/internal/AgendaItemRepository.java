package uk.openband.panels.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(long meetingId);

    Optional<AgendaItem> findByMeetingIdAndCaseId(long meetingId, long caseId);

    @Query("select coalesce(max(i.position), 0) from AgendaItem i where i.meetingId = :meetingId")
    int lastPosition(long meetingId);

    /** Agenda items of the case at meetings not yet closed. */
    @Query("select i from AgendaItem i, PanelMeeting m where m.id = i.meetingId and i.caseId = :caseId "
            + "and m.status <> uk.openband.panels.MeetingStatus.CLOSED")
    List<AgendaItem> openForCase(long caseId);
}
