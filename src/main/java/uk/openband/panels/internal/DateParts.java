package uk.openband.panels.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;

/** Reads a GOV.UK date input's three parts; a wrong date is an error on the field, in words. */
final class DateParts {

    private DateParts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The date, or null when all three parts are blank (the caller decides if that is allowed) or it is wrong. */
    static LocalDate parse(String field, String label, String day, String month, String year, BindingResult result) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            result.rejectValue(field, "panels.date.incomplete", new Object[] {label}, null);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 2000 || y > 2100) {
                result.rejectValue(field, "panels.date.real", new Object[] {label}, null);
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            result.rejectValue(field, "panels.date.real", new Object[] {label}, null);
            return null;
        }
    }
}
