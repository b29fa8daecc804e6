package uk.openband.agreements;

/**
 * What made a funding agreement: a decision on a case, a roll-over of an earlier agreement, or an import of an
 * award the council made before OpenBand.
 */
public enum AgreementSource {
    DECISION,
    ROLLOVER,
    IMPORT
}
