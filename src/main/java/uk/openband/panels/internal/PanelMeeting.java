package uk.openband.panels.internal;

import uk.openband.platform.Refused;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import uk.openband.panels.MeetingStatus;

/** A panel meeting: it owns its status; each change checks the status it starts from. */
@Entity
@Table(name = "panel_meeting")
public class PanelMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    @Column(nullable = false)
    private String chair;
    @Column(nullable = false)
    private int quorum;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_meeting_member", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "username")
    private Set<String> members = new TreeSet<>();
    @Version
    private long version;

    protected PanelMeeting() {
    }

    public PanelMeeting(LocalDate date, String chair, Set<String> members, int quorum, String by, Instant at) {
        this.meetingDate = date;
        this.chair = chair;
        this.members = new TreeSet<>(members);
        this.members.add(chair);
        this.quorum = quorum;
        this.status = MeetingStatus.PLANNED;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The panel sits: decisions may be recorded from now until it closes. */
    public void start(Instant at) {
        require("panels.refused.action.start", MeetingStatus.PLANNED);
        status = MeetingStatus.IN_SESSION;
        startedAt = at;
        updatedAt = at;
    }

    /** Closes the meeting: its decisions are locked and its minutes are final. */
    public void close(String by, Instant at) {
        require("panels.refused.action.close", MeetingStatus.IN_SESSION);
        status = MeetingStatus.CLOSED;
        closedAt = at;
        closedBy = by;
        updatedAt = at;
    }

    /** The agenda changed: the meeting's version moves on so that a stale page cannot change it too. */
    public void agendaChanged(Instant at) {
        require("panels.refused.action.addCasesTo", MeetingStatus.PLANNED, MeetingStatus.IN_SESSION);
        updatedAt = at;
    }

    public void requireInSession(String action) {
        require(action, MeetingStatus.IN_SESSION);
    }

    public void requireOpen(String action) {
        require(action, MeetingStatus.PLANNED, MeetingStatus.IN_SESSION);
    }

    public boolean isMember(String username) {
        return members.contains(username);
    }

    private void require(String action, MeetingStatus... allowed) {
        for (MeetingStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw Refused.state("status", "panels.refused.meetingState", Refused.text(action),
                status.label().toLowerCase(Locale.ROOT));
    }

    public Long getId() { return id; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getChair() { return chair; }
    public int getQuorum() { return quorum; }
    public MeetingStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public Set<String> getMembers() { return Set.copyOf(members); }
    public long getVersion() { return version; }
}
