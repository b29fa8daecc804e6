package uk.openband.agreements;

/** Where a funding agreement stands. */
public enum AgreementStatus {
    /** Running, or to come. */
    ACTIVE,
    /** Stopped early: a leaving date or a new decision for the pupil. */
    ENDED,
    /** Replaced from a date by a roll-over to a new banding table. */
    SUPERSEDED
}
