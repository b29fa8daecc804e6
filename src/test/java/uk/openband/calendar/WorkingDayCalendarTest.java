package uk.openband.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** Christmas 2026: Friday 25th, Boxing Day substitute Monday 28th; New Year's Day Friday 1 January 2027. */
    static final WorkingDayCalendar CHRISTMAS_2026 = new WorkingDayCalendar(List.of(
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

    @Test
    void weekends_and_bank_holidays_are_not_working_days() {
        assertThat(CHRISTMAS_2026.isWorkingDay(LocalDate.of(2026, 12, 24))).as("Thursday").isTrue();
        assertThat(CHRISTMAS_2026.isWorkingDay(LocalDate.of(2026, 12, 25))).as("Christmas Day").isFalse();
        assertThat(CHRISTMAS_2026.isWorkingDay(LocalDate.of(2026, 12, 26))).as("Saturday").isFalse();
        assertThat(CHRISTMAS_2026.isWorkingDay(LocalDate.of(2026, 12, 27))).as("Sunday").isFalse();
        assertThat(CHRISTMAS_2026.isWorkingDay(LocalDate.of(2026, 12, 28))).as("substitute day").isFalse();
        assertThat(CHRISTMAS_2026.isWorkingDay(LocalDate.of(2026, 12, 29))).as("Tuesday").isTrue();
    }

    @Test
    void adding_working_days_skips_the_christmas_break() {
        LocalDate thursday = LocalDate.of(2026, 12, 24);
        assertThat(CHRISTMAS_2026.plusWorkingDays(thursday, 0)).isEqualTo(thursday);
        assertThat(CHRISTMAS_2026.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        // 29, 30, 31 December, then 1 January is a holiday and 2-3 January a weekend.
        assertThat(CHRISTMAS_2026.plusWorkingDays(thursday, 4)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(CHRISTMAS_2026.plusWorkingDays(LocalDate.of(2026, 12, 29), -1)).isEqualTo(thursday);
    }

    @Test
    void adding_from_a_holiday_counts_from_the_next_working_day() {
        assertThat(CHRISTMAS_2026.plusWorkingDays(LocalDate.of(2026, 12, 26), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void counting_excludes_the_start_and_includes_the_end() {
        LocalDate friday = LocalDate.of(2026, 12, 18);
        assertThat(CHRISTMAS_2026.workingDaysBetween(friday, friday)).isZero();
        // 21, 22, 23, 24, 29, 30, 31 December and 4 January.
        assertThat(CHRISTMAS_2026.workingDaysBetween(friday, LocalDate.of(2027, 1, 4))).isEqualTo(8);
        assertThat(CHRISTMAS_2026.workingDaysBetween(LocalDate.of(2027, 1, 4), friday)).isEqualTo(-8);
        assertThat(CHRISTMAS_2026.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28))).isZero();
    }

    @Test
    void a_deadline_on_a_non_working_day_moves_to_the_next_working_day() {
        assertThat(CHRISTMAS_2026.onOrNextWorkingDay(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(CHRISTMAS_2026.onOrNextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void a_year_without_holidays_has_the_weekdays_of_the_year() {
        WorkingDayCalendar none = new WorkingDayCalendar(List.of());
        // 2026 starts on a Thursday and has 365 days: 52 weeks and one extra Thursday.
        assertThat(none.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(261);
    }
}
