package uk.openband.framework.scoring;

import uk.openband.common.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a banding table: totals from {@code minScore} to {@code maxScore} (both
 * inclusive) are in this band. {@code termlyAmount} is given only where the LA
 * publishes it. {@code topUp = false} marks a band met from the school's own budget.
 * {@code hours} is set when the LA publishes the band as hours a week at an hourly rate;
 * {@code annualAmount} is then that product rounded to the penny.
 */
public record BandRow(String band, BigDecimal minScore, BigDecimal maxScore, BigDecimal annualAmount,
        BigDecimal termlyAmount, boolean topUp, HourlyRate hours) {

    public BandRow {
        Objects.requireNonNull(band, "band");
        minScore = Decimals.normalise(Objects.requireNonNull(minScore, "minScore"));
        maxScore = Decimals.normalise(Objects.requireNonNull(maxScore, "maxScore"));
        annualAmount = Money.of(annualAmount);
        termlyAmount = Money.ofNullable(termlyAmount);
    }

    /** A row with a published annual amount (no hours and rate). */
    public BandRow(String band, BigDecimal minScore, BigDecimal maxScore, BigDecimal annualAmount,
            BigDecimal termlyAmount, boolean topUp) {
        this(band, minScore, maxScore, annualAmount, termlyAmount, topUp, null);
    }

    /** True when the total is within this row, both ends inclusive. */
    public boolean contains(BigDecimal total) {
        return total.compareTo(minScore) >= 0 && total.compareTo(maxScore) <= 0;
    }

    /** "10 to 14". */
    public String rangeText() {
        return Decimals.text(minScore) + " to " + Decimals.text(maxScore);
    }
}
