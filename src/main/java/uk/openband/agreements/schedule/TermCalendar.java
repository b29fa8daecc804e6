package uk.openband.agreements.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The LA's terms over consecutive academic years, one after another with no gaps. */
public final class TermCalendar {

    private final List<Term> terms;

    private TermCalendar(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** A calendar of consecutive academic years, in any order. */
    public static TermCalendar of(List<AcademicYearTerms> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a term calendar has at least one academic year");
        }
        List<AcademicYearTerms> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparingInt(AcademicYearTerms::startYear));
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && sorted.get(i).startYear() != sorted.get(i - 1).startYear() + 1) {
                throw new IllegalArgumentException("academic years must follow on: "
                        + sorted.get(i - 1).startYear() + " then " + sorted.get(i).startYear());
            }
            terms.addAll(sorted.get(i).terms());
        }
        return new TermCalendar(terms);
    }

    /** {@link AcademicYearTerms#standard} for each academic year from {@code first} to {@code last}. */
    public static TermCalendar standard(int first, int last) {
        List<AcademicYearTerms> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(AcademicYearTerms.standard(year));
        }
        return of(years);
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * The terms that share days with the range, in order.
     *
     * @throws IllegalArgumentException when a day of the range is in no configured term
     */
    List<Term> termsOver(DateRange range) {
        LocalDate first = terms.get(0).dates().from();
        LocalDate last = terms.get(terms.size() - 1).dates().to();
        if (range.from().isBefore(first) || range.to().isAfter(last)) {
            throw new IllegalArgumentException("no term dates are configured for " + range.from() + " to "
                    + range.to() + "; the calendar runs from " + first + " to " + last);
        }
        return terms.stream().filter(t -> t.dates().intersect(range).isPresent()).toList();
    }
}
