package uk.openband.panels.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.panels.PanelRefusedException;

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
            throw new PanelRefusedException("status", "Only members of this panel can " + action);
        }
        if (recusals(m, item).stream().anyMatch(r -> r.username().equals(user.getUsername()))) {
            throw new PanelRefusedException("status", "You are recused from case " + item.getCaseReference()
                    + " because you are linked to the pupil's setting, so you cannot " + action);
        }
    }

    public void requireQuorate(PanelMeeting m, AgendaItem item) {
        int recused = recusals(m, item).size();
        int takingPart = m.getMembers().size() - recused;
        if (takingPart < m.getQuorum()) {
            throw new PanelRefusedException("status", "The panel is not quorate for case " + item.getCaseReference()
                    + ": " + takingPart + " members can take part and the quorum is " + m.getQuorum());
        }
    }
}
