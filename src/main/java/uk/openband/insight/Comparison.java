package uk.openband.insight;

import java.math.BigDecimal;

/** One figure for a period beside the same figure for the previous period and the same period a year before. */
public record Comparison(BigDecimal value, BigDecimal previousPeriod, BigDecimal samePeriodLastYear) {
}
