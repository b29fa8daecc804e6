package uk.openband.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * When each stage of a case is due, from the configured targets ({@link TargetSettings}) and the
 * working-day calendar, and whether a due date has passed.
 */
@Service
public class StageTargets {

    private final TargetSettings settings;
    private final WorkingDays workingDays;

    StageTargets(TargetSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    public TargetSettings settings() {
        return settings;
    }

    /**
     * The date a stage that started on {@code start} (the submission date) is due: triage after
     * {@code triage-days} working days; the decision {@code decision-weeks} weeks later, or the next
     * working day when that is a weekend or bank holiday.
     */
    public LocalDate dueDate(Stage stage, LocalDate start) {
        Objects.requireNonNull(start, "start");
        WorkingDayCalendar calendar = workingDays.calendar();
        return switch (stage) {
            case TRIAGE -> calendar.plusWorkingDays(start, settings.triageDays());
            case DECISION -> calendar.onOrNextWorkingDay(start.plusWeeks(settings.decisionWeeks()));
        };
    }

    /** True once {@code today} is after the due date: work due today is not yet overdue. */
    public boolean isOverdue(LocalDate dueDate, LocalDate today) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        return today.isAfter(dueDate);
    }

    /**
     * How many working days late work due on {@code dueDate} is on {@code today}: the working days after the due
     * date up to today. 0 until then, also on a weekend or holiday straight after the due date, when the work is
     * already {@link #isOverdue overdue} but no working day has been lost yet.
     */
    public long workingDaysOverdue(LocalDate dueDate, LocalDate today) {
        return isOverdue(dueDate, today) ? workingDays.workingDaysBetween(dueDate, today) : 0;
    }

    /** The day a funded case with this review date becomes due for review: {@code review-notice-weeks} before it. */
    public LocalDate reviewNoticeDate(LocalDate reviewDate) {
        Objects.requireNonNull(reviewDate, "reviewDate");
        return reviewDate.minusWeeks(settings.reviewNoticeWeeks());
    }

    /** True when a case with this review date should be moved to review due on {@code today}. */
    public boolean isReviewDue(LocalDate reviewDate, LocalDate today) {
        return !today.isBefore(reviewNoticeDate(reviewDate));
    }
}
