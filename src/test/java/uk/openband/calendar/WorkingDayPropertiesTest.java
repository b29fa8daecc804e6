package uk.openband.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The working-day rules hold for any start date, any number of days and any set of holidays. */
class WorkingDayPropertiesTest {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 6).map(i -> LocalDate.of(2024, 1, 1).plusDays(i));
    }

    @Provide
    Arbitrary<List<LocalDate>> holidays() {
        return dates().list().ofMaxSize(40);
    }

    @Property
    void adding_n_then_counting_gives_n(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll("holidays") List<LocalDate> holidays) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays);
        assertThat(calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, n))).isEqualTo(n);
    }

    @Property
    void going_back_n_from_a_working_day_then_counting_gives_minus_n(@ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 400) int n, @ForAll("holidays") List<LocalDate> holidays) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays);
        LocalDate start = calendar.onOrNextWorkingDay(date);
        assertThat(calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, -n))).isEqualTo(-n);
    }

    @Property
    void adding_a_positive_number_lands_on_a_working_day_after_the_start(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 400) int n, @ForAll("holidays") List<LocalDate> holidays) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays);
        LocalDate result = calendar.plusWorkingDays(start, n);
        assertThat(result).isAfter(start);
        assertThat(calendar.isWorkingDay(result)).isTrue();
    }

    @Property
    void counting_matches_walking_day_by_day(@ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to,
            @ForAll("holidays") List<LocalDate> holidays) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays);
        Set<LocalDate> off = new HashSet<>(holidays);
        LocalDate low = from.isBefore(to) ? from : to;
        LocalDate high = from.isBefore(to) ? to : from;
        long walked = low.plusDays(1).datesUntil(high.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() < 6 && !off.contains(d)).count();
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(from.isBefore(to) ? walked : -walked);
    }

    @Property
    void counting_adds_up_over_consecutive_periods(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
            @ForAll("dates") LocalDate c, @ForAll("holidays") List<LocalDate> holidays) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays);
        assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
                .isEqualTo(calendar.workingDaysBetween(a, c));
    }

    @Property
    void a_holiday_is_never_a_working_day_and_removing_holidays_never_loses_working_days(
            @ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to, @ForAll("holidays") List<LocalDate> holidays) {
        WorkingDayCalendar with = new WorkingDayCalendar(holidays);
        WorkingDayCalendar without = new WorkingDayCalendar(List.of());
        holidays.forEach(h -> assertThat(with.isWorkingDay(h)).isFalse());
        assertThat(Math.abs(with.workingDaysBetween(from, to))).isLessThanOrEqualTo(Math.abs(without.workingDaysBetween(from, to)));
    }
}
