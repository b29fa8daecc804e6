package uk.openband.casework;

import java.time.LocalDate;

/**
 * A case's due dates (counted from its latest submission; null for a case opened before they were stored and
 * never resubmitted) and where it stands today: {@code dueDate} is the due date of the stage it is in (null while
 * the school has it, while disputed, and once decided or closed), {@code overdue} whether that date has passed and
 * {@code workingDaysOverdue} by how many working days.
 */
public record CaseDeadline(LocalDate triageDueDate, LocalDate decisionDueDate, LocalDate dueDate, boolean overdue,
        long workingDaysOverdue) {
}
