package uk.openband.framework.scoring;

import java.math.BigDecimal;

/**
 * How one area scored: raw points, weight, weighted score, whether the cap bit, the
 * score that counts ({@code min(cap, weighted)}) and the most the area can score.
 * Numbers carry no trailing zeros. A non-fundable area is reported but not counted.
 */
public record AreaScore(String code, String name, BigDecimal rawPoints, BigDecimal weight, BigDecimal weighted,
        BigDecimal cap, boolean capped, boolean fundable, BigDecimal score, BigDecimal maxScore) {
}
