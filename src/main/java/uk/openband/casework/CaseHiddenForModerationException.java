package uk.openband.casework;

/**
 * The person asking has started a blind moderation re-score of this case and not finished it: the case
 * (with its decided levels) stays closed to them until the case is scored.
 */
public class CaseHiddenForModerationException extends RuntimeException {

    private final long caseId;

    public CaseHiddenForModerationException(long caseId, String reference) {
        super("You are re-scoring case " + reference + " blind for moderation, so you cannot open it until you have "
                + "saved your levels");
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
