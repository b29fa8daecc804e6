package uk.openband.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.openband.calendar.internal.BankHolidayStore;

class StageTargetsTest {

    static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));

    final StageTargets targets = new StageTargets(new TargetSettings(6, 5, 8), new WorkingDays(new FixedStore()));

    @Test
    void triage_is_due_five_working_days_after_submission() {
        // Submitted Wednesday 20 May 2026; Monday 25 May is the spring bank holiday.
        assertThat(targets.dueDate(Stage.TRIAGE, LocalDate.of(2026, 5, 20))).isEqualTo(LocalDate.of(2026, 5, 28));
    }

    @Test
    void the_decision_is_due_six_weeks_after_submission_on_a_working_day() {
        assertThat(targets.dueDate(Stage.DECISION, LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 4, 13));
        // Six weeks after Friday 13 November is Christmas Day; the next working day is Tuesday 29 December.
        assertThat(targets.dueDate(Stage.DECISION, LocalDate.of(2026, 11, 13))).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void a_case_is_overdue_the_day_after_its_due_date() {
        LocalDate due = LocalDate.of(2026, 4, 13);
        assertThat(targets.isOverdue(due, due.minusDays(1))).isFalse();
        assertThat(targets.isOverdue(due, due)).isFalse();
        assertThat(targets.isOverdue(due, due.plusDays(1))).isTrue();
    }

    @Test
    void lateness_is_counted_in_working_days() {
        LocalDate due = LocalDate.of(2026, 12, 24);
        assertThat(targets.workingDaysOverdue(due, due)).isZero();
        assertThat(targets.workingDaysOverdue(due, LocalDate.of(2026, 12, 20))).isZero();
        // 25 and 28 December are holidays, 26-27 a weekend: Tuesday 29th is the first working day late.
        assertThat(targets.workingDaysOverdue(due, LocalDate.of(2026, 12, 28))).isZero();
        assertThat(targets.workingDaysOverdue(due, LocalDate.of(2026, 12, 29))).isEqualTo(1);
    }

    @Test
    void a_review_is_due_eight_weeks_before_the_review_date() {
        LocalDate review = LocalDate.of(2027, 3, 1);
        assertThat(targets.reviewNoticeDate(review)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(targets.isReviewDue(review, LocalDate.of(2027, 1, 3))).isFalse();
        assertThat(targets.isReviewDue(review, LocalDate.of(2027, 1, 4))).isTrue();
    }

    @Test
    void a_target_below_one_is_refused_naming_the_property() {
        assertThatThrownBy(() -> new TargetSettings(0, 5, 8))
                .hasMessage("openband.casework.targets.decision-weeks must be 1 or more, not 0");
        assertThatThrownBy(() -> new TargetSettings(6, -1, 8))
                .hasMessageContaining("openband.casework.targets.triage-days");
    }

    static final class FixedStore extends BankHolidayStore {
        FixedStore() {
            super(null);
        }

        @Override
        public List<LocalDate> allDates() {
            return HOLIDAYS;
        }
    }
}
