package uk.openband.assessment;

import uk.openband.platform.Conflict;

/** Someone else saved the assessment after the caller read it; {@link #current()} is what is saved now. */
public class AssessmentConflictException extends Conflict {

    private final transient AssessmentView current;

    public AssessmentConflictException(AssessmentView current) {
        super("assessment.conflict.changedBy", current.updatedBy());
        this.current = current;
    }

    public AssessmentView current() {
        return current;
    }
}
