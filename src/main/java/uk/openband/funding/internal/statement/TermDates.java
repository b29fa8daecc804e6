package uk.openband.funding.internal.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.openband.funding.schedule.AcademicYearTerms;
import uk.openband.funding.schedule.PaymentPeriod;
import uk.openband.funding.schedule.Term;

/** A term as a payment period, with the dates the LA's term calendar ({@code funding_academic_year}) gives it. */
@Component
class TermDates {

    private final JdbcTemplate jdbc;

    TermDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The term, or empty when no term dates are recorded for that academic year. */
    Optional<PaymentPeriod> term(int academicYear, String termName) {
        String name = termName.toUpperCase(Locale.ROOT);
        List<AcademicYearTerms> years = jdbc.query("SELECT start_year, spring_start, summer_start, autumn_weight, "
                        + "spring_weight, summer_weight FROM funding_academic_year WHERE start_year = ?",
                (rs, i) -> new AcademicYearTerms(rs.getInt(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getObject(3, java.time.LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                academicYear);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int index = switch (name) {
            case "AUTUMN" -> 0;
            case "SPRING" -> 1;
            case "SUMMER" -> 2;
            default -> throw new IllegalArgumentException("not a term: " + termName);
        };
        Term term = years.get(0).terms().get(index);
        return Optional.of(PaymentPeriod.term(academicYear, name, term.dates()));
    }
}
