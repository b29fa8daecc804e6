package uk.openband.platform;

import java.util.List;

/**
 * The one rule for free text, on every input (pages, the API, imports): no control characters (NUL and the rest
 * of C0 except tab, line feed and carriage return), and no longer than its database column. A break is a
 * {@link Refused} naming the field, so nothing is saved and the page or the API says which field is wrong.
 */
public final class Text {

    /** "Text must not include control characters…" */
    public static final String CONTROL_CHARACTERS = "text.controlCharacters";

    /** "Text must be {0} characters or fewer" */
    public static final String TOO_LONG = "text.tooLong";

    private Text() {
    }

    /** True when the text holds a C0 control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacters(CharSequence value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a problem for {@code field} when {@code value} holds control characters or is longer than
     * {@code maxLength} characters (0: no length rule here); true when it is fine. Null is fine.
     */
    public static boolean check(List<Refused.Problem> problems, String field, String value, int maxLength) {
        if (value == null) {
            return true;
        }
        if (hasControlCharacters(value)) {
            problems.add(new Refused.Problem(field, CONTROL_CHARACTERS));
            return false;
        }
        if (maxLength > 0 && value.length() > maxLength) {
            problems.add(new Refused.Problem(field, TOO_LONG, maxLength));
            return false;
        }
        return true;
    }

    /** Refuses {@code value} for {@code field} when it holds control characters (see {@link #check}). */
    public static void require(String field, String value) {
        require(field, value, 0);
    }

    /** Refuses {@code value} for {@code field} when it breaks the rule (see {@link #check}). */
    public static void require(String field, String value, int maxLength) {
        List<Refused.Problem> problems = new java.util.ArrayList<>(1);
        if (!check(problems, field, value, maxLength)) {
            throw new Refused(problems);
        }
    }
}
