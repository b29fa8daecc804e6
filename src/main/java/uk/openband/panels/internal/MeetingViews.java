package uk.openband.panels.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseSummary;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;
import uk.openband.panels.AgendaCaseView;
import uk.openband.panels.MeetingView;
import uk.openband.panels.PanelOutcome;

/** Builds the views of meetings and their agenda for pages and minutes. */
@Component
public class MeetingViews {

    private final AgendaItemRepository items;
    private final ModerationRepository moderations;
    private final MemberLinks links;
    private final CaseQueries cases;
    private final UserManagement users;
    private final SettingDirectory settings;
    private final Clock clock;

    MeetingViews(AgendaItemRepository items, ModerationRepository moderations, MemberLinks links, CaseQueries cases,
            UserManagement users, SettingDirectory settings, Clock clock) {
        this.clock = clock;
        this.items = items;
        this.moderations = moderations;
        this.links = links;
        this.cases = cases;
        this.users = users;
        this.settings = settings;
    }

    public MeetingView view(PanelMeeting m) {
        Map<String, String> names = users.all().stream()
                .collect(Collectors.toMap(UserView::username, UserView::displayName, (a, b) -> a));
        Function<String, String> name = u -> names.getOrDefault(u, u);
        List<MeetingView.Member> members = m.getMembers().stream().sorted()
                .map(u -> new MeetingView.Member(u, name.apply(u), u.equals(m.getChair()))).toList();
        List<MemberLinks.Recusal> recusals = links.recusals(m.getId());
        List<AgendaCaseView> agenda = items.findByMeetingIdOrderByPosition(m.getId()).stream()
                .map(i -> agendaCase(m, i, recusals, name)).toList();
        List<MeetingView.Link> memberLinks = links.links(m.getMembers()).stream()
                .map(l -> new MeetingView.Link(l.username(), name.apply(l.username()), l.settingId(),
                        settingName(l.settingId()))).toList();
        return new MeetingView(m.getId(), m.getMeetingDate(), m.getChair(), name.apply(m.getChair()), members,
                m.getQuorum(), m.getStatus(), m.getCreatedBy(), m.getStartedAt(), m.getClosedAt(), m.getClosedBy(),
                m.getVersion(), agenda, memberLinks);
    }

    private AgendaCaseView agendaCase(PanelMeeting m, AgendaItem i, List<MemberLinks.Recusal> recusals,
            Function<String, String> name) {
        CaseSummary c = cases.summary(i.getCaseId()).orElseThrow();
        List<AgendaCaseView.Recused> recused = recusals.stream().filter(r -> r.agendaItemId() == i.getId())
                .map(r -> new AgendaCaseView.Recused(r.username(), name.apply(r.username()))).toList();
        int takingPart = (int) m.getMembers().stream()
                .filter(u -> recused.stream().noneMatch(r -> r.username().equals(u))).count();
        AgendaCaseView.RecordedDecision decision = i.getOutcome() == null ? null
                : new AgendaCaseView.RecordedDecision(PanelOutcome.valueOf(i.getOutcome()), i.getBand(),
                        i.getAnnualAmount(), codes(i.getReasonCodes()), i.getWrittenReason(), i.getOverrideReason(),
                        i.isOverride(), i.isNeedsApproval(), CaseState.valueOf(i.getCaseStateAfter()),
                        name.apply(i.getDecidedBy()),
                        LocalDateTime.ofInstant(i.getDecidedAt(), clock.getZone()));
        return new AgendaCaseView(i.getId(), i.getCaseId(), i.getCaseReference(), i.getSettingId(),
                settingName(i.getSettingId()), i.getPosition(), c.state(), c.indicatedBand(), c.indicatedAnnualAmount(),
                c.indicatedExceptional(), recused, takingPart, m.getQuorum(),
                moderations.findByAgendaItemIdOrderByDomainCode(i.getId()).size(), decision, i.getVersion(),
                c.version());
    }

    static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    private String settingName(long id) {
        return settings.find(id).map(SettingSummary::name).orElse("");
    }
}
