package uk.openband.agreements;

/** What made a funding agreement: a decision on a case, or a roll-over of an earlier agreement. */
public enum AgreementSource {
    DECISION,
    ROLLOVER
}
