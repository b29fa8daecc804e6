package uk.openband.framework.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One level of a domain: its number, the points it scores and what it looks like. */
public record Level(int level, BigDecimal points, List<String> descriptors) {

    public Level {
        points = Decimals.normalise(Objects.requireNonNull(points, "points"));
        descriptors = List.copyOf(descriptors);
    }
}
