package uk.openband.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A panel meeting as its pages show it. {@code version} is for optimistic locking. */
public record MeetingView(long id, LocalDate date, String chair, String chairName, List<Member> members, int quorum,
        MeetingStatus status, String createdBy, Instant startedAt, Instant closedAt, String closedBy, long version,
        List<AgendaCaseView> agenda, List<Link> links) {

    public record Member(String username, String displayName, boolean chair) {
    }

    /** A member's link to a setting: they are recused from its pupils' cases. */
    public record Link(String username, String displayName, long settingId, String settingName) {
    }

    public MeetingView {
        members = List.copyOf(members);
        agenda = List.copyOf(agenda);
        links = List.copyOf(links);
    }

    public boolean isMember(String username) {
        return members.stream().anyMatch(m -> m.username().equals(username));
    }

    public boolean isChair(String username) {
        return chair.equals(username);
    }

    public boolean planned() {
        return status == MeetingStatus.PLANNED;
    }

    public boolean inSession() {
        return status == MeetingStatus.IN_SESSION;
    }

    public boolean closed() {
        return status == MeetingStatus.CLOSED;
    }

    public boolean hasRecusals() {
        return agenda.stream().anyMatch(a -> !a.recused().isEmpty());
    }

    public long decidedCount() {
        return agenda.stream().filter(a -> a.decision() != null).count();
    }
}
