package uk.openband.framework.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A band's amount published as hours of support a week at an hourly rate for a number of
 * weeks a year. The annual amount is {@code hoursPerWeek x hourlyRate x weeksPerYear},
 * worked out exactly and then rounded to the penny with the table's rounding.
 */
public record HourlyRate(BigDecimal hoursPerWeek, BigDecimal hourlyRate, BigDecimal weeksPerYear) {

    public HourlyRate {
        hoursPerWeek = Decimals.normalise(Objects.requireNonNull(hoursPerWeek, "hoursPerWeek"));
        hourlyRate = Objects.requireNonNull(hourlyRate, "hourlyRate");
        hourlyRate = hourlyRate.scale() < 2 ? hourlyRate.setScale(2) : hourlyRate;
        weeksPerYear = Decimals.normalise(Objects.requireNonNull(weeksPerYear, "weeksPerYear"));
    }

    /** The exact product, before rounding. */
    public BigDecimal exactAnnual() {
        return hoursPerWeek.multiply(hourlyRate).multiply(weeksPerYear);
    }

    /** The annual amount to the penny, rounded with {@code rounding}. */
    public BigDecimal annualAmount(RoundingMode rounding) {
        return exactAnnual().setScale(2, rounding);
    }
}
