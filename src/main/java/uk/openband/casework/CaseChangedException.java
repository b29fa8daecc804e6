package uk.openband.casework;

/** Someone else changed the case after the caller read it; nothing was saved. */
public class CaseChangedException extends RuntimeException {

    private final long caseId;

    public CaseChangedException(long caseId) {
        super("Someone else changed this case while you were looking at it. Check the case as it is now and try again.");
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
