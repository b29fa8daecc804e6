package uk.openband.casework;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the officer queue. {@code ageDays} counts calendar days since first submission. */
public record CaseRow(long id, String reference, CaseState state, long pupilId, String pupilName, long settingId,
        String settingName, String primaryNeed, String indicatedBand, BigDecimal indicatedAnnualAmount,
        boolean indicatedExceptional, String assignedOfficer, Instant firstSubmittedAt, long ageDays) {
}
