package uk.openband.calendar.internal;

/** One row of the bank holidays table: the ISO date (for the remove address), the date as people read it, the name. */
public record BankHolidayRow(String iso, String shown, String name) {
}
