package uk.openband.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Money in pounds sterling: {@link BigDecimal} at scale 2, never {@code double}. */
public final class Money {

    /** Money has two decimal places. */
    public static final int SCALE = 2;

    /** Nothing: {@code 0.00}. */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /**
     * The amount at scale 2.
     *
     * @throws IllegalArgumentException if the amount has more than two decimal places
     *     that are not zero
     */
    public static BigDecimal of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("money has at most two decimal places: " + amount, e);
        }
    }

    /** Null-tolerant {@link #of(BigDecimal)}. */
    public static BigDecimal ofNullable(BigDecimal amount) {
        return amount == null ? null : of(amount);
    }

    /**
     * {@code amount x numerator / denominator} at scale 2, rounded once with the given
     * mode (for example a part-year: annual x days / days in the year).
     */
    public static BigDecimal proRata(BigDecimal amount, long numerator, long denominator, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be > 0");
        }
        return amount.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), SCALE, rounding);
    }

    /** {@code amount x factor} at scale 2, rounded once with the given mode. */
    public static BigDecimal multiply(BigDecimal amount, BigDecimal factor, RoundingMode rounding) {
        return amount.multiply(factor).setScale(SCALE, rounding);
    }

    /** Display form with a pound sign and thousands separators: {@code £5,300.00}. */
    public static String format(BigDecimal amount) {
        String plain = of(amount).abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder out = new StringBuilder(plain.length() + 6);
        if (amount.signum() < 0) {
            out.append('-');
        }
        out.append('£');
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, dot, plain.length()).toString();
    }
}
