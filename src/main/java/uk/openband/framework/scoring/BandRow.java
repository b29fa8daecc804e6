package uk.openband.framework.scoring;

import uk.openband.common.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a banding table: totals from {@code minScore} to {@code maxScore} (both
 * inclusive) are in this band. {@code termlyAmount} is given only where the LA
 * publishes it. {@code topUp = false} marks a band met from the school's own budget.
 */
public record BandRow(String band, BigDecimal minScore, BigDecimal maxScore, BigDecimal annualAmount,
        BigDecimal termlyAmount, boolean topUp) {

    public BandRow {
        Objects.requireNonNull(band, "band");
        minScore = Decimals.normalise(Objects.requireNonNull(minScore, "minScore"));
        maxScore = Decimals.normalise(Objects.requireNonNull(maxScore, "maxScore"));
        annualAmount = Money.of(annualAmount);
        termlyAmount = Money.ofNullable(termlyAmount);
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
