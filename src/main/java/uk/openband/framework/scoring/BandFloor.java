package uk.openband.framework.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A floor for spiky profiles: when one fundable area's score (after weight and cap) is at
 * least {@code minAreaScore}, the result is at least {@code band}. With {@code area} the
 * floor looks at that area only; with a null area, at any fundable area. A floor never
 * lowers a result and never applies to an exceptional one.
 */
public record BandFloor(String area, BigDecimal minAreaScore, String band) {

    public BandFloor {
        minAreaScore = Decimals.normalise(Objects.requireNonNull(minAreaScore, "minAreaScore"));
        Objects.requireNonNull(band, "band");
    }

    /** True when an area with this code and score lifts the result to this floor's band. */
    public boolean appliesTo(String areaCode, BigDecimal areaScore) {
        return (area == null || area.equals(areaCode)) && areaScore.compareTo(minAreaScore) >= 0;
    }
}
