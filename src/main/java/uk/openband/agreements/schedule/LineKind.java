package uk.openband.agreements.schedule;

/** A schedule line is paid in the normal course, or as arrears for days before the decision. */
public enum LineKind {
    /** Days on or after the decision date. */
    REGULAR,
    /** Days before the decision date: a backdated agreement pays them as arrears. */
    ARREARS
}
