package uk.openband.assessment;

import java.util.Optional;

/**
 * What became of a submitted assessment: the funding request case it opened. Casework
 * implements it, so this module can show a case's state without depending on casework
 * (casework already depends on this module's events).
 */
public interface CaseStatusLookup {

    /**
     * The case opened from an assessment, as the school may see it; {@code schoolMessage} is what
     * the local authority last asked the school for (null when it has asked nothing).
     */
    record CaseStatus(long caseId, String reference, String state, String stateLabel, String schoolMessage) {
    }

    Optional<CaseStatus> forAssessment(long assessmentId);
}
