package uk.openband.panels.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {

    @Query("select m from PanelMeeting m order by m.meetingDate desc, m.id desc")
    List<PanelMeeting> newestFirst();

    @Query("select m from PanelMeeting m where :username member of m.members order by m.meetingDate desc, m.id desc")
    List<PanelMeeting> withMember(String username);
}
