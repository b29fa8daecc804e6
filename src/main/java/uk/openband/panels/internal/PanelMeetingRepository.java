package uk.openband.panels.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {

    /**
     * The meeting, read with a share lock: a decision or moderation holds it until it commits, so
     * the meeting cannot close in between, and one that closed first is seen closed.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select m from PanelMeeting m where m.id = :id")
    Optional<PanelMeeting> findSharedLocked(long id);

    @Query("select m from PanelMeeting m order by m.meetingDate desc, m.id desc")
    List<PanelMeeting> newestFirst();

    /** Planned meetings on or after {@code from}, the soonest first (then the one planned first). */
    @Query("select m from PanelMeeting m where m.status = uk.openband.panels.MeetingStatus.PLANNED "
            + "and m.meetingDate >= :from order by m.meetingDate, m.id")
    List<PanelMeeting> plannedFrom(java.time.LocalDate from);

    @Query("select m from PanelMeeting m where :username member of m.members order by m.meetingDate desc, m.id desc")
    List<PanelMeeting> withMember(String username);
}
