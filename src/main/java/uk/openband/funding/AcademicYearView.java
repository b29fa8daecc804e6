package uk.openband.funding;

import java.time.LocalDate;

/** The LA's term dates and weights for the academic year starting 1 September {@code startYear}. */
public record AcademicYearView(int startYear, LocalDate springStart, LocalDate summerStart, int autumnWeight,
        int springWeight, int summerWeight) {
}
