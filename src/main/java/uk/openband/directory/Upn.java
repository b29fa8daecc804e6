package uk.openband.directory;

import java.util.Locale;

/**
 * The DfE Unique Pupil Number: a check letter then 12 characters (3-digit LA number, 4-digit
 * establishment number, 2-digit year, 3 serial digits). A temporary UPN ends in a letter instead
 * of its last digit. The check letter is the weighted sum of characters 2 to 13 (weights 2 to 13;
 * a temporary UPN's final letter counts as its place in the letter table) modulo 23, as a letter
 * of {@value #LETTERS} (no I, O or S).
 */
public final class Upn {

    /** The 23 letters a check letter or a temporary UPN's final letter may be; index = value. */
    public static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** What checking a typed UPN found: the normalised UPN, or a problem code (and the letter it should have). */
    public record Check(String upn, boolean temporary, String problem, Character expectedLetter) {

        public boolean valid() {
            return problem == null;
        }
    }

    public static final String MISSING = "pupil.upn.required";
    public static final String LENGTH = "pupil.upn.length";
    public static final String FORMAT = "pupil.upn.format";
    public static final String TEMPORARY_LETTER = "pupil.upn.temporaryLetter";
    public static final String CHECK_LETTER = "pupil.upn.checkLetter";

    private Upn() {
    }

    /** Checks a UPN as typed: spaces are ignored and letters may be lower case. */
    public static Check check(String typed) {
        if (typed == null || typed.isBlank()) {
            return problem(MISSING, null);
        }
        String upn = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (upn.length() != 13) {
            return problem(LENGTH, null);
        }
        if (!upn.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return problem(FORMAT, null);
        }
        boolean temporary = Character.isLetter(upn.charAt(12));
        if (temporary && LETTERS.indexOf(upn.charAt(12)) < 0) {
            return problem(TEMPORARY_LETTER, null);
        }
        char expected = checkLetter(upn.substring(1));
        if (upn.charAt(0) != expected) {
            return new Check(upn, temporary, CHECK_LETTER, expected);
        }
        return new Check(upn, temporary, null, null);
    }

    /**
     * The check letter of the 12 characters after it: 11 digits then a digit (permanent) or one
     * of {@link #LETTERS} (temporary).
     */
    public static char checkLetter(String last12) {
        if (last12.length() != 12) {
            throw new IllegalArgumentException("A UPN has 12 characters after its check letter");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = last12.charAt(i);
            int value;
            if (Character.isDigit(c) && c < 128) {
                value = c - '0';
            } else if (i == 11 && LETTERS.indexOf(c) >= 0) {
                value = LETTERS.indexOf(c);
            } else {
                throw new IllegalArgumentException("Not a UPN character at position " + (i + 2));
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    private static Check problem(String code, Character expected) {
        return new Check(null, false, code, expected);
    }
}
