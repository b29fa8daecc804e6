package uk.openband.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Working-day arithmetic over a fixed set of bank holidays: pure, no Spring, no I/O. A working day is
 * Monday to Friday and not a bank holiday. {@link WorkingDays} hands out a calendar with the current
 * holidays; code that computes many due dates at once can keep one.
 */
public final class WorkingDayCalendar {

    private final NavigableSet<LocalDate> holidays;

    public WorkingDayCalendar(Collection<LocalDate> bankHolidays) {
        this.holidays = new TreeSet<>(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !isWeekend(date) && !holidays.contains(date);
    }

    /**
     * The date {@code days} working days after {@code date} (before it when negative); the start does
     * not count, so adding 1 to a Friday gives the next Monday that is not a bank holiday. Adding 0
     * gives the date itself, working day or not.
     */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        int step = days >= 0 ? 1 : -1;
        int remaining = Math.abs(days);
        LocalDate current = date;
        while (remaining > 0) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    /** The first working day on or after {@code date}: where a deadline falling on a non-working day moves. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from} (then it counts the working days after {@code to} up to and including {@code from}). So
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for any {@code n >= 0}, and for negative
     * {@code n} when {@code d} is a working day.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        for (LocalDate d = from.plusDays(days / 7 * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWeekend(d)) {
                count++;
            }
        }
        // The database keeps holidays on weekdays; a calendar built from any list still must not count a weekend twice.
        for (LocalDate holiday : holidays.subSet(from, false, to, true)) {
            if (!isWeekend(holiday)) {
                count--;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
