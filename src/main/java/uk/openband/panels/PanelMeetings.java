package uk.openband.panels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.casework.CaseChangedException;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseSummary;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.panels.internal.AgendaItem;
import uk.openband.panels.internal.AgendaItemRepository;
import uk.openband.panels.internal.MeetingViews;
import uk.openband.panels.internal.MemberLinks;
import uk.openband.panels.internal.PanelMeeting;
import uk.openband.panels.internal.PanelMeetingRepository;
import uk.openband.panels.internal.WaitingCases;

/**
 * Plans and runs panel meetings: date, chair, members and quorum; the agenda of cases at panel;
 * members' links to settings and the recusals they cause; starting and closing the session.
 * Every change carries the meeting version the caller read.
 */
@Service
@Transactional
public class PanelMeetings {

    private final PanelMeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MemberLinks links;
    private final CaseQueries cases;
    private final WaitingCases waiting;
    private final MeetingViews views;
    private final UserManagement users;
    private final SettingDirectory settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int quorum;
    private final CaseWorkflow workflow;

    /** The actor named in the audit log for what OpenBand does by itself (taking a disputed case onto an agenda). */
    static final String SYSTEM = "system";

    PanelMeetings(PanelMeetingRepository meetings, AgendaItemRepository items, MemberLinks links, CaseQueries cases,
            WaitingCases waiting, MeetingViews views, UserManagement users, SettingDirectory settings, ApplicationEventPublisher events,
            Clock clock, @Value("${openband.panels.quorum:3}") int quorum, CaseWorkflow workflow) {
        this.workflow = workflow;
        this.meetings = meetings;
        this.items = items;
        this.links = links;
        this.cases = cases;
        this.waiting = waiting;
        this.views = views;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.quorum = quorum;
    }

    public int quorum() {
        return quorum;
    }

    /** Users who may sit on a panel: enabled panel members. */
    @Transactional(readOnly = true)
    public List<UserView> panelMembers() {
        return users.all().stream().filter(u -> u.enabled() && u.role() == Role.PANEL_MEMBER).toList();
    }

    @Transactional(readOnly = true)
    public MeetingView get(long id) {
        return views.view(meetings.findById(id).orElseThrow(() -> new PanelMeetingNotFoundException(id)));
    }

    /** The meeting if this person may see it: officers and managers see all, panel members their own. */
    @Transactional(readOnly = true)
    public MeetingView visibleTo(SignedInUser user, long id) {
        PanelMeeting m = meetings.findById(id).orElseThrow(() -> new PanelMeetingNotFoundException(id));
        if (user.is(Role.PANEL_MEMBER) && !m.isMember(user.getUsername())) {
            throw new PanelMeetingNotFoundException(id);
        }
        return views.view(m);
    }

    /** Meetings newest first: all of them for officers and managers, a panel member's own for them. */
    @Transactional(readOnly = true)
    public List<MeetingView> listFor(SignedInUser user) {
        List<PanelMeeting> found = user.is(Role.PANEL_MEMBER) ? meetings.withMember(user.getUsername())
                : meetings.newestFirst();
        return found.stream().limit(100).map(views::view).toList();
    }

    /** Cases at panel not yet on the agenda of an open meeting. */
    @Transactional(readOnly = true)
    public List<CaseSummary> casesWaiting() {
        return waiting.atPanel();
    }

    public long create(LocalDate date, String chair, Collection<String> memberNames, String by) {
        List<PanelRefusedException.Problem> problems = new ArrayList<>();
        Set<String> eligible = new LinkedHashSet<>(panelMembers().stream().map(UserView::username).toList());
        if (date == null) {
            problems.add(new PanelRefusedException.Problem("date", "Enter the date of the meeting"));
        } else if (date.isBefore(LocalDate.now(clock))) {
            problems.add(new PanelRefusedException.Problem("date", "The date of the meeting must be today or later"));
        }
        if (chair == null || chair.isBlank()) {
            problems.add(new PanelRefusedException.Problem("chair", "Choose the chair"));
        } else if (!eligible.contains(chair)) {
            problems.add(new PanelRefusedException.Problem("chair", "Choose a chair from the panel members"));
        }
        Set<String> members = new LinkedHashSet<>(memberNames == null ? List.of() : memberNames);
        if (!eligible.containsAll(members)) {
            problems.add(new PanelRefusedException.Problem("members", "Choose members from the panel members"));
        } else {
            if (chair != null && eligible.contains(chair)) {
                members.add(chair);
            }
            if (members.size() < quorum) {
                problems.add(new PanelRefusedException.Problem("members", "Choose at least " + quorum
                        + " members, including the chair: the quorum is " + quorum));
            }
        }
        if (!problems.isEmpty()) {
            throw new PanelRefusedException(problems);
        }
        PanelMeeting m = meetings.saveAndFlush(new PanelMeeting(date, chair, members, quorum, by, clock.instant()));
        events.publishEvent(new PanelEvents.MeetingCreated(m.getId(), date.toString(), chair,
                List.copyOf(m.getMembers()), quorum, by));
        return m.getId();
    }

    /** Puts a case at panel on the agenda; members linked to the pupil's setting are recused from it. */
    public void addCase(long meetingId, long expectedVersion, String caseReference, String by) {
        PanelMeeting m = load(meetingId, expectedVersion);
        m.requireOpen("add cases to");
        String ref = caseReference == null ? "" : caseReference.strip();
        if (ref.isEmpty()) {
            throw new PanelRefusedException("caseReference", "Choose a case to add to the agenda");
        }
        CaseSummary c = cases.byReference(ref).orElseThrow(() ->
                new PanelRefusedException("caseReference", "There is no case with the reference " + ref));
        if (c.state() != CaseState.AT_PANEL) {
            throw new PanelRefusedException("caseReference", "Case " + ref + " is "
                    + c.state().label().toLowerCase(java.util.Locale.ROOT) + ": only cases listed for a panel can go on an agenda");
        }
        if (!items.openForCase(c.id()).isEmpty()) {
            throw new PanelRefusedException("caseReference", "Case " + ref + " is already on the agenda of a meeting "
                    + "that has not closed");
        }
        // The meeting's version moves on first: of two people adding to the same agenda at once, one is told it changed.
        m.agendaChanged(clock.instant());
        save(m);
        addItem(m, c, by);
    }

    /**
     * A school disputed the decision on this case: it joins the agenda of the next planned meeting
     * (the soonest on or after today), listed for the panel by OpenBand and audited as done by the
     * system; the officer and the chair are told. With no meeting planned it stays disputed, the officer
     * is told, and it joins the next meeting planned ({@link #takeWaitingDisputes}). Runs in its own
     * transaction after the dispute is saved, so a failure here never loses the dispute.
     *
     * @return the meeting the case joined, if any
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Long> takeDispute(long caseId) {
        CaseSummary c = cases.summary(caseId).orElse(null);
        if (c == null || c.state() != CaseState.DISPUTED || !items.openForCase(caseId).isEmpty()) {
            return Optional.empty();
        }
        PanelMeeting next = meetings.plannedFrom(LocalDate.now(clock)).stream().findFirst().orElse(null);
        if (next == null) {
            workflow.disputeAwaitsMeeting(caseId);
            return Optional.empty();
        }
        next.agendaChanged(clock.instant());
        save(next);
        joinAgenda(next, c, SYSTEM);
        return Optional.of(next.getId());
    }

    /**
     * A meeting was planned: every disputed case waiting for one (disputed while none was planned)
     * joins its agenda, as {@link #takeDispute} does. Its own transaction, after the meeting is saved.
     *
     * @return how many cases joined
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int takeWaitingDisputes(long meetingId) {
        PanelMeeting m = meetings.findById(meetingId).orElseThrow(() -> new PanelMeetingNotFoundException(meetingId));
        if (m.getStatus() != MeetingStatus.PLANNED) {
            return 0;
        }
        List<CaseSummary> disputed = waiting.disputed();
        if (disputed.isEmpty()) {
            return 0;
        }
        m.agendaChanged(clock.instant());
        save(m);
        for (CaseSummary c : disputed) {
            joinAgenda(m, c, SYSTEM);
        }
        return disputed.size();
    }

    /** Lists a disputed case for this meeting's panel (casework checks its version) and adds it to the agenda. */
    private void joinAgenda(PanelMeeting m, CaseSummary c, String by) {
        try {
            workflow.listDisputedForPanel(c.id(), c.version(), m.getId(), m.getMeetingDate(), m.getChair());
        } catch (CaseChangedException e) {
            throw new PanelRefusedException("caseReference", "Case " + c.reference() + " changed while it was being "
                    + "added: try again");
        }
        addItem(m, c, by);
    }

    private void addItem(PanelMeeting m, CaseSummary c, String by) {
        long meetingId = m.getId();
        String ref = c.reference();
        AgendaItem item;
        try {
            item = items.saveAndFlush(new AgendaItem(meetingId, c.id(), c.reference(), c.settingId(),
                    items.lastPosition(meetingId) + 1, by, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new PanelRefusedException("caseReference", "Case " + ref + " is already on the agenda of a meeting "
                    + "that has not closed");
        }
        events.publishEvent(new PanelEvents.CaseAdded(meetingId, c.id(), c.reference(), by));
        recuse(m, List.of(item), by);
    }

    /** Links a member of this meeting to a setting: they are recused from its pupils' cases on open agendas. */
    public void link(long meetingId, long expectedVersion, String member, String settingUrn, String by) {
        PanelMeeting m = load(meetingId, expectedVersion);
        m.requireOpen("change the members' settings for");
        long settingId = checkLink(m, member, settingUrn);
        if (links.link(member, settingId)) {
            events.publishEvent(new PanelEvents.MemberSettingLinked(member, settingId, true, by));
        }
        m.agendaChanged(clock.instant());
        save(m);
        recuseEverywhere(member, by);
    }

    /** Removes a member's link to a setting; recusals it caused on open agendas are withdrawn. */
    public void unlink(long meetingId, long expectedVersion, String member, long settingId, String by) {
        PanelMeeting m = load(meetingId, expectedVersion);
        m.requireOpen("change the members' settings for");
        if (links.unlink(member, settingId)) {
            events.publishEvent(new PanelEvents.MemberSettingLinked(member, settingId, false, by));
        }
        m.agendaChanged(clock.instant());
        save(m);
        recuseEverywhere(member, by);
    }

    /** The panel sits. Officers, SEND managers and the chair may start it; it needs a case on the agenda. */
    public void start(long meetingId, long expectedVersion, SignedInUser user) {
        PanelMeeting m = load(meetingId, expectedVersion);
        requireRunner(m, user, "start");
        if (items.findByMeetingIdOrderByPosition(meetingId).isEmpty()) {
            throw new PanelRefusedException("status", "Add at least one case to the agenda before the meeting starts");
        }
        m.start(clock.instant());
        save(m);
        events.publishEvent(new PanelEvents.StatusChanged(meetingId, MeetingStatus.PLANNED.name(),
                MeetingStatus.IN_SESSION.name(), user.getUsername()));
    }

    /** Closes the meeting: its decisions are locked and the minutes are final. */
    public void close(long meetingId, long expectedVersion, SignedInUser user) {
        PanelMeeting m = load(meetingId, expectedVersion);
        requireRunner(m, user, "close");
        m.close(user.getUsername(), clock.instant());
        save(m);
        items.meetingClosed(meetingId);
        events.publishEvent(new PanelEvents.StatusChanged(meetingId, MeetingStatus.IN_SESSION.name(),
                MeetingStatus.CLOSED.name(), user.getUsername()));
    }

    private void requireRunner(PanelMeeting m, SignedInUser user, String action) {
        boolean officer = user.is(Role.CASE_OFFICER) || user.is(Role.SEND_MANAGER);
        if (!officer && !m.getChair().equals(user.getUsername())) {
            throw new PanelRefusedException("status", "Only the chair, a case officer or a SEND manager can " + action
                    + " the meeting");
        }
    }

    private long checkLink(PanelMeeting m, String member, String settingUrn) {
        List<PanelRefusedException.Problem> problems = new ArrayList<>();
        if (member == null || !m.isMember(member)) {
            problems.add(new PanelRefusedException.Problem("member", "Choose a member of this panel"));
        }
        Long settingId = null;
        if (settingUrn == null || settingUrn.isBlank()) {
            problems.add(new PanelRefusedException.Problem("settingUrn", "Enter the URN of the setting"));
        } else {
            settingId = settings.findByUrn(settingUrn.strip()).map(s -> s.id()).orElse(null);
            if (settingId == null) {
                problems.add(new PanelRefusedException.Problem("settingUrn", "There is no setting with the URN "
                        + settingUrn.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PanelRefusedException(problems);
        }
        return settingId;
    }

    private void recuseEverywhere(String member, String by) {
        for (PanelMeeting open : meetings.withMember(member)) {
            if (open.getStatus() != MeetingStatus.CLOSED) {
                recuse(open, items.findByMeetingIdOrderByPosition(open.getId()), by);
            }
        }
    }

    /** Brings the recusals of these agenda items in line with the members' links to settings. */
    private void recuse(PanelMeeting m, List<AgendaItem> agenda, String by) {
        List<MemberLinks.Link> all = links.links(m.getMembers());
        for (AgendaItem item : agenda) {
            if (item.getOutcome() != null) {
                continue;
            }
            for (String member : m.getMembers()) {
                boolean linked = all.contains(new MemberLinks.Link(member, item.getSettingId()));
                if (linked && links.recuse(item.getId(), member, item.getSettingId(), clock.instant())) {
                    events.publishEvent(new PanelEvents.MemberRecused(m.getId(), item.getCaseId(), member,
                            item.getSettingId(), by));
                } else if (!linked) {
                    links.withdrawRecusal(item.getId(), member);
                }
            }
        }
    }

    private PanelMeeting load(long id, long expectedVersion) {
        PanelMeeting m = meetings.findById(id).orElseThrow(() -> new PanelMeetingNotFoundException(id));
        if (m.getVersion() != expectedVersion) {
            throw new PanelChangedException();
        }
        return m;
    }

    private void save(PanelMeeting m) {
        try {
            meetings.saveAndFlush(m);
        } catch (OptimisticLockingFailureException e) {
            throw new PanelChangedException();
        }
    }
}
