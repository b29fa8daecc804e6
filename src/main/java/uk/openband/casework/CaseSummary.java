package uk.openband.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A funding request case as other modules and pages see it. {@code version} is the case's version when read:
 * commands that change the case ({@link CaseWorkflow}, {@link CaseDecisions}) take it back and refuse with
 * {@link CaseChangedException} when the case changed since.
 */
public record CaseSummary(long id, String reference, long assessmentId, long pupilId, long settingId, CaseState state,
        BigDecimal indicatedTotal, String indicatedBand, BigDecimal indicatedAnnualAmount, boolean indicatedExceptional,
        LocalDate requestedStartDate, Instant firstSubmittedAt, Instant lastSubmittedAt, long version) {
}
