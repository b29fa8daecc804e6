package uk.openband.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The GOV.UK error summary's entries: one per field in error, in the form's order, each
 * linking to the field's first input ({@code #field}).
 */
public record ErrorSummary(List<Entry> entries) {

    public record Entry(String href, String message) {
    }

    public static ErrorSummary empty() {
        return new ErrorSummary(List.of());
    }

    public static ErrorSummary of(String fieldId, String message) {
        return new ErrorSummary(List.of(new Entry("#" + fieldId, message)));
    }

    /** One entry per field (its first error), then global errors linking to the first field in the form. */
    public static ErrorSummary from(BindingResult result, MessageSource messages, Locale locale, List<String> fieldOrder) {
        List<Entry> entries = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<FieldError> fieldErrors = new ArrayList<>(result.getFieldErrors());
        fieldErrors.sort((a, b) -> Integer.compare(position(fieldOrder, a.getField()), position(fieldOrder, b.getField())));
        for (FieldError error : fieldErrors) {
            if (!seen.contains(error.getField())) {
                seen.add(error.getField());
                entries.add(new Entry("#" + anchor(error), messages.getMessage(error, locale)));
            }
        }
        String first = fieldOrder.isEmpty() ? "main-content" : fieldOrder.get(0);
        for (ObjectError error : result.getGlobalErrors()) {
            entries.add(new Entry("#" + first, messages.getMessage(error, locale)));
        }
        return new ErrorSummary(List.copyOf(entries));
    }

    /**
     * The input an entry links to: the field's id, or for a GOV.UK date input the first of its boxes
     * in error ({@code #date-month} when only the month is missing), as the Design System asks.
     */
    static String anchor(FieldError error) {
        if (error.getRejectedValue() instanceof uk.openband.platform.web.input.DateInput date) {
            Set<String> wrong = date.getPartsInError();
            for (String part : List.of("day", "month", "year")) {
                if (wrong.contains(part)) {
                    return error.getField() + "-" + part;
                }
            }
            return error.getField() + "-day";
        }
        return error.getField();
    }

    private static int position(List<String> order, String field) {
        int i = order.indexOf(field);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
