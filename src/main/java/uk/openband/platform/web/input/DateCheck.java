package uk.openband.platform.web.input;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.openband.platform.web.input.DateInput.Part;

/**
 * What reading a {@link DateInput} found: the date, or the problem and the boxes it concerns.
 * {@link #code()} is the last part of the message key: {@code required}, {@code incomplete.month},
 * {@code incomplete.day.year}, {@code invalid}.
 */
public record DateCheck(LocalDate date, Problem problem, Set<Part> parts) {

    /** What can be wrong with what was typed, in the Design System's words. */
    public enum Problem {
        /** Nothing typed: "Enter [whatever it is]". */
        REQUIRED,
        /** A box left empty: "[whatever it is] must include a month". */
        INCOMPLETE,
        /** Not a date, for example 13 as the month or a two-digit year: "[whatever it is] must be a real date". */
        NOT_REAL
    }

    static DateCheck ok(LocalDate date) {
        return new DateCheck(date, null, Set.of());
    }

    static DateCheck problem(Problem problem, EnumSet<Part> parts) {
        return new DateCheck(null, problem, Set.copyOf(parts));
    }

    public boolean ok() {
        return problem == null;
    }

    /** The message key's suffix for the problem; null when the date is fine. */
    public String code() {
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case REQUIRED -> "required";
            case NOT_REAL -> "invalid";
            case INCOMPLETE -> "incomplete." + parts.stream().sorted().map(Part::id).collect(Collectors.joining("."));
        };
    }
}
