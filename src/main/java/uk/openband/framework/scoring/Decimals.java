package uk.openband.framework.scoring;

import java.math.BigDecimal;

/** Helpers for the decimals the engine shows: points, weights, caps and totals. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * The number without trailing zeros and never in exponent form ({@code 7}, not
     * {@code 7.00} or {@code 1E+2}). Null stays null.
     */
    public static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Plain text of a normalised number, for traces and the interchange format. */
    public static String text(BigDecimal value) {
        return normalise(value).toPlainString();
    }
}
