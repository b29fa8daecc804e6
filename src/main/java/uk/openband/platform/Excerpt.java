package uk.openband.platform;

/**
 * The one way an error message repeats what someone sent: at most {@link #LENGTH} characters, then "…", with
 * control characters shown as {@code \u0000}-style escapes (so a NUL or an escape sequence never reaches a page,
 * a log line or a JSON body as itself). Messages never echo more than this of the input, however long it was.
 */
public final class Excerpt {

    /** The most characters of a sent value an error message repeats. */
    public static final int LENGTH = 40;

    /** The cap on any argument of a message (a name, a list), should one ever come from the input unmarked. */
    public static final int ARGUMENT_LENGTH = 200;

    private Excerpt() {
    }

    /** The value as an error message may repeat it: at most {@link #LENGTH} characters, escaped. */
    public static String of(String value) {
        return of(value, LENGTH);
    }

    /** At most {@code max} characters (whole code points) of {@code value}, escaped, with "…" when cut. */
    public static String of(String value, int max) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            if (count == max) {
                return out.append('…').toString();
            }
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c) || Character.charCount(c) == 1 && Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
            count++;
        }
        return out.toString();
    }
}
