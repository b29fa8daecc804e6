package uk.openband.panels.internal;

import uk.openband.platform.Refused;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;

/** Who may act on an agenda case: a panel member sitting on the meeting who is not recused from it. */
@Component
public class Participation {

    private final MemberLinks links;

    Participation(MemberLinks links) {
        this.links = links;
    }

    public List<MemberLinks.Recusal> recusals(PanelMeeting m, AgendaItem item) {
        return links.recusals(m.getId()).stream().filter(r -> r.agendaItemId() == item.getId()).toList();
    }

    public void requireTakingPart(PanelMeeting m, AgendaItem item, SignedInUser user, String action) {
        if (!user.is(Role.PANEL_MEMBER) || !m.isMember(user.getUsername())) {
            throw Refused.state("status", "panels.refused.notMember", Refused.text(action));
        }
        if (recusals(m, item).stream().anyMatch(r -> r.username().equals(user.getUsername()))) {
            throw Refused.state("status", "panels.refused.recused", item.getCaseReference(), Refused.text(action));
        }
    }

    public void requireQuorate(PanelMeeting m, AgendaItem item) {
        int recused = recusals(m, item).size();
        int takingPart = m.getMembers().size() - recused;
        if (takingPart < m.getQuorum()) {
            throw Refused.state("status", "panels.refused.notQuorate", item.getCaseReference(), takingPart,
                    m.getQuorum());
        }
    }
}
