package uk.openband.insight.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.openband.insight.InsightPeriod;
import uk.openband.platform.Refused;

/**
 * The period chosen on an insight page: a kind ({@code month}, {@code quarter}, {@code academic-year},
 * {@code financial-year}) and any day in it (today when none), or {@code custom} with its own first and last days.
 * Nothing chosen is this month.
 */
public record PeriodChoice(String period, String date, String from, String to) {

    static final List<String> KINDS = List.of("month", "quarter", "academic-year", "financial-year", "custom");

    public String kind() {
        return period == null || period.isBlank() ? "month" : period.strip().toLowerCase(Locale.ROOT);
    }

    /** The period, or {@link Refused} naming the field at fault (all of them at once). */
    InsightPeriod resolve(LocalDate today) {
        List<Refused.Problem> problems = new ArrayList<>();
        if (!KINDS.contains(kind())) {
            throw new Refused("period", "insight.refused.period");
        }
        if (kind().equals("custom")) {
            LocalDate first = day(from, "from", problems, true);
            LocalDate last = day(to, "to", problems, true);
            if (problems.isEmpty() && last.isBefore(first)) {
                problems.add(new Refused.Problem("to", "insight.refused.order"));
            }
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            return new InsightPeriod(first, last);
        }
        LocalDate day = day(date, "date", problems, false);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        InsightPeriod.Kind kind = InsightPeriod.Kind.valueOf(kind().replace('-', '_').toUpperCase(Locale.ROOT));
        return InsightPeriod.of(kind, day == null ? today : day);
    }

    /** The API's {@code from} and {@code to}: both, or neither (this month). */
    static InsightPeriod fromTo(String from, String to, LocalDate today) {
        boolean none = (from == null || from.isBlank()) && (to == null || to.isBlank());
        return none ? InsightPeriod.month(today) : new PeriodChoice("custom", null, from, to).resolve(today);
    }

    private static LocalDate day(String text, String field, List<Refused.Problem> problems, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new Refused.Problem(field, "insight.refused.dateMissing"));
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                problems.add(new Refused.Problem(field, "insight.refused.dateRange"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new Refused.Problem(field, "insight.refused.date"));
            return null;
        }
    }
}
