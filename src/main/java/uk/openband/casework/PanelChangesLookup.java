package uk.openband.casework;

import java.util.List;
import uk.openband.assessment.CaseStatusLookup.LevelChange;

/**
 * The domain levels a panel changed when it decided a case. The panels module implements it, so
 * casework can show the school the changes without depending on panels (panels depends on casework).
 */
public interface PanelChangesLookup {

    /** The changes at the panel that made the case's latest decision; empty when no panel changed a level. */
    List<LevelChange> forDecidedCase(long caseId);
}
