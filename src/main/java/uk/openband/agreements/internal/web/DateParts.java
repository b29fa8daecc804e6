package uk.openband.agreements.internal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.util.MultiValueMap;

/** What was typed in a GOV.UK date input (field-day, field-month, field-year), to read it and show it again. */
public record DateParts(String day, String month, String year) {

    public static final DateParts EMPTY = new DateParts("", "", "");

    static DateParts of(MultiValueMap<String, String> form, String field) {
        return new DateParts(value(form, field + "-day"), value(form, field + "-month"), value(form, field + "-year"));
    }

    static DateParts of(LocalDate date) {
        return date == null ? EMPTY : new DateParts(Integer.toString(date.getDayOfMonth()),
                Integer.toString(date.getMonthValue()), Integer.toString(date.getYear()));
    }

    boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, or null when the parts do not make a real date with a four-digit year. */
    LocalDate date() {
        try {
            if (year.length() != 4) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
