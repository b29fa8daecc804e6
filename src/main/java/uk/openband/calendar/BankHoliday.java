package uk.openband.calendar;

import java.time.LocalDate;

/** One England and Wales bank holiday (a substitute day is listed on the weekday it is taken). */
public record BankHoliday(LocalDate date, String name) {
}
