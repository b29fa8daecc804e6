package uk.openband.agreements.schedule;

import java.time.LocalDate;
import java.time.Month;

/** A financial year: 1 April {@code startYear} to 31 March the year after. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    /** The financial year a day falls in. */
    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public DateRange dates() {
        return new DateRange(start(), end());
    }

    /** 366 when the year holds a 29 February, else 365. */
    public int days() {
        return (int) dates().days();
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** "2025-26". */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
