package uk.openband.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Every indicator for a period. Counts of things that happened count those in the period; the agreements
 * indicators are a snapshot on each period's last day, or today when that is still to come ({@code asAt}).
 */
public record Indicators(InsightPeriod period, InsightPeriod previousPeriod, InsightPeriod samePeriodLastYear,
        LocalDate asAt, List<Indicator> indicators) {

    public Indicator get(String name) {
        return indicators.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + name));
    }
}
