package uk.openband.panels.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.openband.assessment.CaseStatusLookup.LevelChange;
import uk.openband.casework.PanelChangesLookup;
import uk.openband.panels.PanelModeration;

/** Tells casework which domain levels the panel changed on a case it decided, for the school's view. */
@Component
class PanelChanges implements PanelChangesLookup {

    private final PanelModeration moderation;

    PanelChanges(PanelModeration moderation) {
        this.moderation = moderation;
    }

    @Override
    public List<LevelChange> forDecidedCase(long caseId) {
        return moderation.changesBehindDecision(caseId);
    }
}
