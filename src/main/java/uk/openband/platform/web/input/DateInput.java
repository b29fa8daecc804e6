package uk.openband.platform.web.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * What was typed into a GOV.UK date input ({@code <field>-day}, {@code <field>-month}, {@code <field>-year}),
 * kept as typed so a page can show it again, and read into a {@link LocalDate} by the Design System's rules.
 * Form objects hold one per date field; {@link InputBinding} binds the three boxes to it.
 */
public class DateInput {

    /** The three boxes, in page order. */
    public enum Part {
        DAY, MONTH, YEAR;

        /** "day", "month", "year": the suffix of the box's id and name. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private String day = "";
    private String month = "";
    private String year = "";

    public DateInput() {
    }

    public DateInput(String day, String month, String year) {
        this.day = clean(day);
        this.month = clean(month);
        this.year = clean(year);
    }

    /** The date's parts as numbers ("1", "9", "2027"); empty boxes for null. */
    public static DateInput of(LocalDate date) {
        return date == null ? new DateInput() : new DateInput(Integer.toString(date.getDayOfMonth()),
                Integer.toString(date.getMonthValue()), Integer.toString(date.getYear()));
    }

    /** The boxes {@code field-day}, {@code field-month} and {@code field-year} of a posted form. */
    public static DateInput from(MultiValueMap<String, String> form, String field) {
        return new DateInput(form.getFirst(field + "-day"), form.getFirst(field + "-month"),
                form.getFirst(field + "-year"));
    }

    /** The same, from a map of single values (an API body or a page's remembered input). */
    public static DateInput from(Map<String, ?> form, String field) {
        return new DateInput(text(form.get(field + "-day")), text(form.get(field + "-month")),
                text(form.get(field + "-year")));
    }

    /**
     * A date an API sends as text, {@code 2027-01-04} (ISO 8601), as the three boxes, so it is read by the same
     * rules as a page's date; null when the text is not of that shape.
     */
    public static DateInput iso(String text) {
        java.util.regex.Matcher m = ISO.matcher(text == null ? "" : text.strip());
        return m.matches() ? new DateInput(m.group(3), m.group(2), m.group(1)) : null;
    }

    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** True when nothing was typed in any box. */
    public boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** Reads the boxes: a date, or what is wrong and which boxes to mark. */
    public DateCheck check() {
        if (isBlank()) {
            return DateCheck.problem(DateCheck.Problem.REQUIRED, EnumSet.allOf(Part.class));
        }
        EnumSet<Part> missing = EnumSet.noneOf(Part.class);
        if (day.isEmpty()) {
            missing.add(Part.DAY);
        }
        if (month.isEmpty()) {
            missing.add(Part.MONTH);
        }
        if (year.isEmpty()) {
            missing.add(Part.YEAR);
        }
        if (!missing.isEmpty()) {
            return DateCheck.problem(DateCheck.Problem.INCOMPLETE, missing);
        }
        Integer d = number(day, 2);
        Integer m = number(month, 2);
        Integer y = year.length() == 4 ? number(year, 4) : null;
        EnumSet<Part> wrong = EnumSet.noneOf(Part.class);
        if (d == null || d < 1 || d > 31) {
            wrong.add(Part.DAY);
        }
        if (m == null || m < 1 || m > 12) {
            wrong.add(Part.MONTH);
        }
        if (y == null || y < 1) {
            wrong.add(Part.YEAR);
        }
        if (!wrong.isEmpty()) {
            return DateCheck.problem(DateCheck.Problem.NOT_REAL, wrong);
        }
        try {
            return DateCheck.ok(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            // 31 April, 29 February outside a leap year: the day is what is wrong
            return DateCheck.problem(DateCheck.Problem.NOT_REAL, EnumSet.of(Part.DAY));
        }
    }

    /** The date, or null when the boxes are blank or do not make a real date. */
    public LocalDate toDate() {
        return check().date();
    }

    /**
     * The boxes a page marks in error once the date has an error: those a reading problem names, or all three
     * when the date reads (it is then out of range) or is blank. For the fragment: {@code "day"} etc.
     */
    public Set<String> getPartsInError() {
        DateCheck check = check();
        Set<Part> parts = check.ok() ? EnumSet.allOf(Part.class) : check.parts();
        return parts.stream().map(Part::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The box's text, by part id ("day", "month", "year"). */
    public String part(String id) {
        return switch (id) {
            case "day" -> day;
            case "month" -> month;
            case "year" -> year;
            default -> throw new IllegalArgumentException("No date part " + id);
        };
    }

    private static Integer number(String text, int maxDigits) {
        if (text.length() > maxDigits || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static String text(Object value) {
        if (value instanceof Iterable<?> values) {
            var it = values.iterator();
            return it.hasNext() ? text(it.next()) : "";
        }
        return value == null ? "" : value.toString();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = clean(day);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = clean(month);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = clean(year);
    }

    /** "1/9/2027" as typed: what an error records as the rejected value. */
    @Override
    public String toString() {
        return day + "/" + month + "/" + year;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateInput other && day.equals(other.day) && month.equals(other.month)
                && year.equals(other.year);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(day, month, year);
    }
}
