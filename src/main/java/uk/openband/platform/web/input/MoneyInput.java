package uk.openband.platform.web.input;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount of money as people type it: "1234.5", "£1,234.50", " 250000 ". Gives pounds and pence
 * ({@code BigDecimal}, scale 2) or what is wrong: more than 2 decimal places, negative, nothing or zero when
 * that is not allowed, more than the largest amount.
 */
public final class MoneyInput {

    /** The largest amount a {@code NUMERIC(12,2)} column holds. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    /** What can be wrong; {@link #code()} is the last part of the message key. */
    public enum Problem {
        /** Nothing typed: "Enter [whatever it is]". */
        REQUIRED("required"),
        /** Not a number of pounds: "[whatever it is] must be an amount in pounds". */
        NOT_AN_AMOUNT("invalid"),
        /** "1.234": "[whatever it is] must have no more than 2 decimal places". */
        PENCE("pence"),
        /** Below £0 where £0 is allowed: "[whatever it is] must be £0 or more". */
        NEGATIVE("negative"),
        /** £0 or less where it must be more: "[whatever it is] must be more than £0". */
        NOT_POSITIVE("positive"),
        /** More than the largest amount: "[whatever it is] must be £{max} or less". */
        TOO_LARGE("tooLarge");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The amount read (scale 2), or the problem. */
    public record Check(BigDecimal amount, Problem problem) {

        public boolean ok() {
            return problem == null;
        }

        /** True when nothing was typed (and that was allowed). */
        public boolean blank() {
            return amount == null && problem == null;
        }
    }

    /** What an amount must be. */
    public record Rules(boolean required, boolean zeroAllowed, BigDecimal max) {

        /** Required, £0 or more, at most {@link #MAX}. */
        public static final Rules AMOUNT = new Rules(true, true, MAX);
        /** Required, more than £0, at most {@link #MAX}. */
        public static final Rules POSITIVE = new Rules(true, false, MAX);

        public Rules optional() {
            return new Rules(false, zeroAllowed, max);
        }

        public Rules max(BigDecimal largest) {
            return new Rules(required, zeroAllowed, largest);
        }
    }

    private MoneyInput() {
    }

    /** Reads {@code text} by {@code rules}. */
    public static Check check(String text, Rules rules) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Check(null, rules.required() ? Problem.REQUIRED : null);
        }
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("−")) {
            negative = true;
            t = t.substring(1).strip();
        }
        if (t.startsWith("£")) {
            t = t.substring(1).strip();
        }
        if (!negative && (t.startsWith("-") || t.startsWith("−"))) {
            negative = true;
            t = t.substring(1).strip();
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!NUMBER.matcher(t).matches()) {
            return new Check(null, Problem.NOT_AN_AMOUNT);
        }
        BigDecimal value = new BigDecimal(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
        if (negative) {
            value = value.negate();
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return new Check(null, Problem.PENCE);
        }
        if (value.signum() < 0 && rules.zeroAllowed()) {
            return new Check(null, Problem.NEGATIVE);
        }
        if (value.signum() <= 0 && !rules.zeroAllowed()) {
            return new Check(null, Problem.NOT_POSITIVE);
        }
        if (value.compareTo(rules.max()) > 0) {
            return new Check(null, Problem.TOO_LARGE);
        }
        return new Check(value.setScale(2), null);
    }

    /** The amount, or null when it is blank or wrong by {@link Rules#AMOUNT}. */
    public static BigDecimal amount(String text) {
        return check(text, Rules.AMOUNT).amount();
    }
}
