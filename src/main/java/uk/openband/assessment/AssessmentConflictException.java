package uk.openband.assessment;

/** Someone else saved the assessment after the caller read it; {@link #current()} is what is saved now. */
public class AssessmentConflictException extends RuntimeException {

    private final AssessmentView current;

    public AssessmentConflictException(AssessmentView current) {
        super("The assessment was changed by " + current.updatedBy() + " after you opened it");
        this.current = current;
    }

    public AssessmentView current() {
        return current;
    }
}
