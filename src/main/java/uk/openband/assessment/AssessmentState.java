package uk.openband.assessment;

/** Where an assessment is: being written, sent to the local authority, or sent back for more information. */
public enum AssessmentState {
    DRAFT, SUBMITTED, RETURNED;

    public boolean editable() {
        return this != SUBMITTED;
    }
}
