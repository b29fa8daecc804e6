package uk.openband.agreements.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The LA's term dates and weights for one academic year (1 September {@code startYear}
 * to 31 August the year after): autumn runs from 1 September to the day before
 * {@code springStart}, spring to the day before {@code summerStart}, summer to 31 August.
 * Holidays belong to the term before them, so every day is in exactly one term.
 */
public record AcademicYearTerms(int startYear, LocalDate springStart, LocalDate summerStart, int autumnWeight,
        int springWeight, int summerWeight) {

    public AcademicYearTerms {
        LocalDate autumn = LocalDate.of(startYear, Month.SEPTEMBER, 1);
        LocalDate yearEnd = LocalDate.of(startYear + 1, Month.AUGUST, 31);
        if (!springStart.isAfter(autumn) || !summerStart.isAfter(springStart) || summerStart.isAfter(yearEnd)) {
            throw new IllegalArgumentException("terms of " + startYear + " must start in order within the academic year");
        }
        if (autumnWeight + springWeight + summerWeight <= 0) {
            throw new IllegalArgumentException("term weights must add up to more than 0");
        }
    }

    /** The usual weights 7/19, 6/19, 6/19 with the given term dates. */
    public static AcademicYearTerms weighted766(int startYear, LocalDate springStart, LocalDate summerStart) {
        return new AcademicYearTerms(startYear, springStart, summerStart, 7, 6, 6);
    }

    /** Terms from 1 September, 1 January and 1 April, weighted 7/6/6. */
    public static AcademicYearTerms standard(int startYear) {
        return weighted766(startYear, LocalDate.of(startYear + 1, Month.JANUARY, 1),
                LocalDate.of(startYear + 1, Month.APRIL, 1));
    }

    public List<Term> terms() {
        int total = autumnWeight + springWeight + summerWeight;
        return List.of(
                new Term("Autumn " + startYear,
                        new DateRange(LocalDate.of(startYear, Month.SEPTEMBER, 1), springStart.minusDays(1)),
                        autumnWeight, total),
                new Term("Spring " + (startYear + 1), new DateRange(springStart, summerStart.minusDays(1)),
                        springWeight, total),
                new Term("Summer " + (startYear + 1),
                        new DateRange(summerStart, LocalDate.of(startYear + 1, Month.AUGUST, 31)), summerWeight,
                        total));
    }
}
