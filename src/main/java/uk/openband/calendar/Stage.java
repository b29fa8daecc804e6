package uk.openband.calendar;

/** A stage of a funding request with a target. */
public enum Stage {
    /** From submission to the case being picked up (assigned): a number of working days. */
    TRIAGE,
    /** From submission to the decision: a number of weeks, ending on a working day. */
    DECISION
}
