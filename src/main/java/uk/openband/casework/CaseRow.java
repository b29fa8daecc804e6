package uk.openband.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the officer queue. {@code ageDays} counts calendar days since first submission; {@code dueDate} is
 * the due date of the stage the case is in (null when none applies), and {@code overdue} with
 * {@code workingDaysOverdue} say whether and by how many working days it has passed.
 */
public record CaseRow(long id, String reference, CaseState state, long pupilId, String pupilName, long settingId,
        String settingName, String primaryNeed, String indicatedBand, BigDecimal indicatedAnnualAmount,
        boolean indicatedExceptional, String assignedOfficer, Instant firstSubmittedAt, long ageDays,
        LocalDate dueDate, boolean overdue, long workingDaysOverdue) {
}
