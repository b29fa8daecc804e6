package uk.openband.testsupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Dates the fixtures type in, relative to the real today so that the tests keep working as years pass. */
public final class TestDates {

    private TestDates() {
    }

    /**
     * The date a school asks funding to start from in the fixtures: the first Monday of next January (4 January
     * 2027 when the tests were written), always within the two years of today that an assessment allows.
     */
    public static LocalDate requestedStart() {
        return LocalDate.of(LocalDate.now().getYear() + 1, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }
}
