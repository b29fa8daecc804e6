package uk.openband.rollover;

/** How agreements move to a new banding table. */
public enum RolloverPolicy {
    /** Keep the current amount until the agreement's review date; the new table's amount from then. */
    PROTECTED,
    /** The new table's amount for the same band from the roll-over's effective date. */
    MOVE
}
