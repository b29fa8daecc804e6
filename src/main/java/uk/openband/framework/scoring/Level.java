package uk.openband.framework.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One level of a domain: its number, the points it scores and what it looks like. A level
 * marked {@code exceptional} makes any assessment answered at it exceptional, whatever the total.
 */
public record Level(int level, BigDecimal points, List<String> descriptors, boolean exceptional) {

    public Level {
        points = Decimals.normalise(Objects.requireNonNull(points, "points"));
        descriptors = List.copyOf(descriptors);
    }

    /** An ordinary (not exceptional) level. */
    public Level(int level, BigDecimal points, List<String> descriptors) {
        this(level, points, descriptors, false);
    }
}
