package uk.openband.framework.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of scoring one assessment.
 *
 * <ul>
 *   <li>In a band: {@code band} set, {@code annualAmount} the band's amount
 *       ({@code 0.00} and {@code topUp = false} for a band met from the school's budget).</li>
 *   <li>Below the first band: no band, {@code topUp = false}, {@code annualAmount = 0.00}.</li>
 *   <li>Above the top band: {@code exceptional}, no band, {@code topUp = true}, no amount:
 *       the panel costs the provision.</li>
 * </ul>
 * {@code termlyAmount} is the band's published termly amount, if any.
 * {@code exceptionalLevel} is set when a domain answered at an exceptional level made the
 * result exceptional (for example "Learning (CL1) at level 8"); the total is still worked out.
 */
public record ScoreResult(BigDecimal total, String band, boolean topUp, BigDecimal annualAmount,
        BigDecimal termlyAmount, boolean exceptional, List<AreaScore> areas, List<String> trace,
        String exceptionalLevel) {

    public ScoreResult {
        areas = List.copyOf(areas);
        trace = List.copyOf(trace);
    }

    /** A result not made exceptional by a level. */
    public ScoreResult(BigDecimal total, String band, boolean topUp, BigDecimal annualAmount,
            BigDecimal termlyAmount, boolean exceptional, List<AreaScore> areas, List<String> trace) {
        this(total, band, topUp, annualAmount, termlyAmount, exceptional, areas, trace, null);
    }
}
