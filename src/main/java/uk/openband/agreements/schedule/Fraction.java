package uk.openband.agreements.schedule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import uk.openband.common.Money;

/** An exact amount {@code numerator / denominator}, rounded to the penny only when asked. */
record Fraction(BigDecimal numerator, BigInteger denominator) {

    static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigInteger.ONE);

    /** {@code amount x days / denominator}. */
    static Fraction of(BigDecimal amount, long days, long denominator) {
        return new Fraction(amount.multiply(BigDecimal.valueOf(days)), BigInteger.valueOf(denominator));
    }

    Fraction plus(Fraction other) {
        BigInteger lcm = denominator.divide(denominator.gcd(other.denominator)).multiply(other.denominator);
        BigDecimal left = numerator.multiply(new BigDecimal(lcm.divide(denominator)));
        BigDecimal right = other.numerator.multiply(new BigDecimal(lcm.divide(other.denominator)));
        return new Fraction(left.add(right), lcm);
    }

    /** To the penny with the given mode, rounded once from the exact value. */
    BigDecimal round(RoundingMode rounding) {
        return numerator.divide(new BigDecimal(denominator), Money.SCALE, rounding);
    }
}
