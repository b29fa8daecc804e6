package uk.openband.finance.export;

/**
 * Keeps text from running as a formula when a file is opened in a spreadsheet: text that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets
 * a single quote in front ({@code '=HYPERLINK(...)}), so it shows as the text it is.
 * Applied to every text cell of every export; dates and amounts are typed values the
 * writers format themselves, so they are never neutralised.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, with a leading {@code '} when its first character could start a formula; null stays null. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return risky ? "'" + text : text;
    }
}
