package uk.openband.framework.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A domain of an area of need, with its levels from 0 upwards. */
public record Domain(String code, String name, List<Level> levels) {

    public Domain {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
    }

    /** The level with this number, if the domain has it. */
    public Optional<Level> level(int number) {
        for (Level l : levels) {
            if (l.level() == number) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The highest level number (levels run from 0). */
    public int maxLevel() {
        int max = 0;
        for (Level l : levels) {
            max = Math.max(max, l.level());
        }
        return max;
    }

    /** The points of the highest level. */
    public java.math.BigDecimal maxPoints() {
        java.math.BigDecimal max = java.math.BigDecimal.ZERO;
        for (Level l : levels) {
            max = max.max(l.points());
        }
        return max;
    }
}
