package uk.openband.panels.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(long meetingId);

    List<AgendaItem> findByCaseIdOrderByDecidedAtDesc(long caseId);

    Optional<AgendaItem> findByMeetingIdAndCaseId(long meetingId, long caseId);

    @Query("select coalesce(max(i.position), 0) from AgendaItem i where i.meetingId = :meetingId")
    int lastPosition(long meetingId);

    /** Agenda items of the case at meetings not yet closed. */
    @Query("select i from AgendaItem i where i.caseId = :caseId and i.openMeeting = true")
    List<AgendaItem> openForCase(long caseId);

    /** The meeting closed: its cases may go on another agenda. */
    @Modifying
    @Query("update AgendaItem i set i.openMeeting = false where i.meetingId = :meetingId")
    int meetingClosed(long meetingId);
}
