package uk.openband.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What became of a submitted assessment: the funding request case it opened. Casework
 * implements it, so this module can show a case's state without depending on casework
 * (casework already depends on this module's events).
 */
public interface CaseStatusLookup {

    /**
     * The case opened from an assessment, as the school may see it; {@code schoolMessage} is what
     * the local authority last asked the school for (null when it has asked nothing);
     * {@code decision} the decision in force (null when none); {@code disputeReason} the school's
     * reasons when it disputed the decision; {@code version} goes back with a dispute.
     */
    record CaseStatus(long caseId, String reference, String state, String stateLabel, String schoolMessage,
            long version, SchoolDecision decision, String disputeReason) {

        public CaseStatus(long caseId, String reference, String state, String stateLabel, String schoolMessage) {
            this(caseId, reference, state, stateLabel, schoolMessage, 0, null, null);
        }
    }

    /**
     * A decision as the school reads it: {@code outcome} is a decision outcome's name, {@code band}
     * null when declined or exceptional, the labels of its reason codes, the panel's changes to
     * domain levels, and the last day the school may dispute it ({@code disputable} while it can).
     */
    record SchoolDecision(String outcome, String band, BigDecimal annualAmount, LocalDate startDate,
            LocalDate endDate, LocalDate reviewDate, List<String> reasons, String writtenReason,
            List<LevelChange> levelChanges, LocalDate decidedOn, LocalDate disputeBy, boolean disputable) {

        public SchoolDecision {
            reasons = List.copyOf(reasons);
            levelChanges = List.copyOf(levelChanges);
        }
    }

    /** A domain level the panel changed from the school's, and why. */
    record LevelChange(String domainCode, String domainName, int schoolLevel, int panelLevel, String note) {
    }

    Optional<CaseStatus> forAssessment(long assessmentId);
}
