package uk.openband.agreements;

import java.time.LocalDate;
import uk.openband.agreements.schedule.AcademicYearTerms;

/** The LA's term dates and weights for the academic year starting 1 September {@code startYear}. */
public record AcademicYearView(int startYear, LocalDate springStart, LocalDate summerStart, int autumnWeight,
        int springWeight, int summerWeight) {

    /** The same year as the scheduler's terms (autumn, spring, summer). */
    public AcademicYearTerms terms() {
        return new AcademicYearTerms(startYear, springStart, summerStart, autumnWeight, springWeight, summerWeight);
    }
}
