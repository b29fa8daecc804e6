package uk.openband.platform.web;

import org.springframework.context.i18n.LocaleContextHolder;
import uk.openband.platform.Conflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import uk.openband.platform.Refused;

/** What a page controller does with a {@link Refused} when it re-renders its form. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * The error summary: one entry per field (its first problem), in the order thrown, linking to
     * {@code #} + {@code anchor(field)} (for example a date's day input).
     */
    public static ErrorSummary summary(Refused e, MessageSource messages, Locale locale, UnaryOperator<String> anchor) {
        List<ErrorSummary.Entry> entries = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Refused.Problem p : e.problems()) {
            if (!seen.contains(p.field())) {
                seen.add(p.field());
                entries.add(new ErrorSummary.Entry("#" + anchor.apply(p.field()), messages.getMessage(p, locale)));
            }
        }
        return new ErrorSummary(List.copyOf(entries));
    }

    /** The message of the first problem, in the current request's locale. */
    public static String message(Refused e, MessageSource messages) {
        return message(e, messages, LocaleContextHolder.getLocale());
    }

    /** The message of the first problem, in the request's locale. */
    public static String message(Refused e, MessageSource messages, Locale locale) {
        return messages.getMessage(e.problems().get(0), locale);
    }

    /**
     * Each problem on the form's binding result: on its field when {@code fields} (the form's fields) has it,
     * otherwise as a global error. The message key and arguments go on the error, so the page resolves them
     * through the {@code MessageSource} as any other.
     */
    public static void reject(BindingResult result, List<String> fields, Refused e) {
        for (Refused.Problem p : e.problems()) {
            if (fields.contains(p.field())) {
                result.rejectValue(p.field(), p.messageKey(), p.getArguments(), null);
            } else {
                result.reject(p.messageKey(), p.getArguments(), null);
            }
        }
    }

    /** A {@link Conflict} as the form's global error. */
    public static void reject(BindingResult result, Conflict e) {
        result.reject(e.messageKey(), e.getArguments(), null);
    }
}
