package uk.openband.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A funding request case as other modules and pages see it. */
public record CaseSummary(long id, String reference, long assessmentId, long pupilId, long settingId, CaseState state,
        BigDecimal indicatedTotal, String indicatedBand, BigDecimal indicatedAnnualAmount, boolean indicatedExceptional,
        LocalDate requestedStartDate, Instant firstSubmittedAt, Instant lastSubmittedAt) {
}
