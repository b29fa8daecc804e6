package uk.openband.rollover;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a roll-over does to one agreement. */
public sealed interface RolloverOutcome {

    /** Why an agreement keeps its amount or is left out; {@code detail} is the band or category it names. */
    enum Reason {
        /** The new amount equals the current one. */
        SAME_AMOUNT,
        /** The new table's amount (the detail) is lower and no-loss keeps the current amount. */
        KEPT_BY_NO_LOSS,
        /** The cap (of 0%) keeps the current amount instead of the new table's (the detail). */
        KEPT_BY_CAP,
        /** The agreement is already under this table version. */
        ALREADY_ON_TABLE,
        /** Protected: the agreement ends on or before its review date, so keeps its amount to the end. */
        ENDS_BY_REVIEW,
        /** An exceptional amount (no band): the panel costs it, a table cannot. */
        EXCEPTIONAL,
        /** An imported legacy amount that matched no band: a person decides its band (at its review). */
        LEGACY_AMOUNT,
        /** The agreement was made under a different banding table. */
        OTHER_TABLE,
        /** The setting has no category, so no bands apply. */
        SETTING_UNCLASSIFIED,
        /** The new table has no bands for the setting's category. */
        CATEGORY_NOT_IN_TABLE,
        /** The new table has no band of that name for the setting's category. */
        BAND_NOT_IN_TABLE,
        /** In the new table the band carries no top-up. */
        BAND_NOT_TOP_UP
    }

    /** Whether the cap changed the table's amount (no-loss only ever keeps the current amount: no change). */
    enum Adjustment {
        NONE, CAPPED
    }

    /**
     * The agreement is superseded from {@code effectiveFrom} at {@code newAnnual}
     * ({@code newTermly} the table's published termly amount, or null when there is none or
     * the cap changed the amount). {@code tableAmount} is the new table's amount for the band.
     */
    record Change(BigDecimal oldAnnual, BigDecimal newAnnual, BigDecimal newTermly, BigDecimal tableAmount,
            LocalDate effectiveFrom, Adjustment adjustment) implements RolloverOutcome {

        /** New less old annual amount. */
        public BigDecimal annualDifference() {
            return newAnnual.subtract(oldAnnual);
        }
    }

    /** The agreement keeps its amount. */
    record NoChange(Reason reason, String detail) implements RolloverOutcome {
    }

    /** The agreement cannot be rolled over by a table and needs a decision. */
    record NotRolled(Reason reason, String detail) implements RolloverOutcome {
    }
}
