package uk.openband.framework.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An area of need: its domains' points are summed, multiplied by {@code weight} and
 * capped at {@code cap} (null: no cap). A non-fundable area is shown but not counted.
 */
public record Area(String code, String name, BigDecimal weight, BigDecimal cap, boolean fundable,
        List<Domain> domains) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        weight = weight == null ? BigDecimal.ONE : Decimals.normalise(weight);
        cap = Decimals.normalise(cap);
        domains = List.copyOf(domains);
    }

    /** The most raw points the area's domains can add up to. */
    public BigDecimal maxRawPoints() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Domain d : domains) {
            sum = sum.add(d.maxPoints());
        }
        return Decimals.normalise(sum);
    }

    /** The most this area can score: the weighted maximum, capped. */
    public BigDecimal maxScore() {
        BigDecimal weighted = maxRawPoints().multiply(weight);
        return Decimals.normalise(cap == null ? weighted : weighted.min(cap));
    }
}
