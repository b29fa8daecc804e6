package uk.openband.agreements.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that finance exports and school statements are asked for: a calendar month, a term or a
 * financial year, with a code that names it in addresses and files ({@code 2026-05}, {@code 2026-AUTUMN},
 * {@code FY2026}).
 *
 * <p>A payment line falls in the period when its due day does: the first day it pays for, or the day
 * the agreement's decision came into force when that is later (so arrears are paid in the period the
 * decision was made).
 */
public record PaymentPeriod(Kind kind, String code, String label, DateRange dates) {

    public enum Kind { MONTH, TERM, FINANCIAL_YEAR }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(AUTUMN|SPRING|SUMMER)");
    private static final Pattern YEAR = Pattern.compile("FY(\\d{4})");

    public PaymentPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dates, "dates");
    }

    public static PaymentPeriod month(YearMonth month) {
        String label = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
        return new PaymentPeriod(Kind.MONTH, month.toString(), label,
                new DateRange(month.atDay(1), month.atEndOfMonth()));
    }

    public static PaymentPeriod financialYear(FinancialYear year) {
        return new PaymentPeriod(Kind.FINANCIAL_YEAR, "FY" + year.startYear(), "Financial year " + year.label(),
                year.dates());
    }

    /**
     * The term of the academic year starting in September {@code academicYear}, with the
     * dates the LA's term calendar gives it.
     */
    public static PaymentPeriod term(int academicYear, String termName, DateRange dates) {
        String name = termName.toUpperCase(Locale.ROOT);
        int calendarYear = "AUTUMN".equals(name) ? academicYear : academicYear + 1;
        String label = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + " term " + calendarYear;
        return new PaymentPeriod(Kind.TERM, academicYear + "-" + name, label, dates);
    }

    /**
     * Reads a month or financial-year code; a term code needs its dates from the term calendar,
     * so {@link #termCode(String)} splits it for the caller. Empty when the code is not a month or a
     * financial year.
     */
    public static Optional<PaymentPeriod> parseMonthOrYear(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = MONTH.matcher(code.trim());
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), month)));
        }
        Matcher y = YEAR.matcher(code.trim());
        if (y.matches()) {
            return Optional.of(financialYear(new FinancialYear(Integer.parseInt(y.group(1)))));
        }
        return Optional.empty();
    }

    /** A term code split into the academic year it starts in and the term's name, if it is one. */
    public static Optional<TermCode> termCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher t = TERM.matcher(code.trim().toUpperCase(Locale.ROOT));
        return t.matches() ? Optional.of(new TermCode(Integer.parseInt(t.group(1)), t.group(2))) : Optional.empty();
    }

    /** An academic year (starting in September) and a term name: AUTUMN, SPRING or SUMMER. */
    public record TermCode(int academicYear, String term) {
    }

    /** The day a line is due: its first day, or the decision day when the decision came later. */
    public static LocalDate dueDay(LocalDate lineFrom, LocalDate decisionDate) {
        return decisionDate != null && decisionDate.isAfter(lineFrom) ? decisionDate : lineFrom;
    }

    /** True when a line with that due day belongs to this period. */
    public boolean includesDueDay(LocalDate due) {
        return dates.contains(due);
    }

    public LocalDate from() {
        return dates.from();
    }

    public LocalDate to() {
        return dates.to();
    }

    /** The financial year of the period's first day. */
    public FinancialYear financialYear() {
        return FinancialYear.containing(dates.from());
    }
}
