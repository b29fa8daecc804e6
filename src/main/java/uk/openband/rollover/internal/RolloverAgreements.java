package uk.openband.rollover.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.openband.rollover.internal.RolloverModel.Candidate;

/** The agreements a roll-over reads and supersedes. */
interface RolloverAgreements {

    /** Active agreements funding that day or starting after it: what a roll-over from that day may change. */
    List<Candidate> activeFrom(LocalDate date);

    /** Ends the agreement the day before {@code effectiveFrom} and makes its replacement; returns the new id. */
    long supersede(long agreementId, LocalDate effectiveFrom, BigDecimal newAnnual, BigDecimal newTermly,
            String bandingKey, String bandingVersion, String reason, String by);
}
