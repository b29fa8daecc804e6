package uk.openband.framework.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain of an area of need, with its levels: consecutive whole numbers from the lowest
 * (the "no additional need" answer, 0 or 1 or any number >= 0) upwards.
 */
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

    /** The highest level number. */
    public int maxLevel() {
        int max = levels.isEmpty() ? 0 : levels.get(0).level();
        for (Level l : levels) {
            max = Math.max(max, l.level());
        }
        return max;
    }

    /** The lowest level number: the answer for "no additional need", and what an unanswered domain counts as. */
    public int minLevel() {
        int min = levels.isEmpty() ? 0 : levels.get(0).level();
        for (Level l : levels) {
            min = Math.min(min, l.level());
        }
        return min;
    }

    /** True when any level of this domain is marked exceptional. */
    public boolean hasExceptionalLevel() {
        for (Level l : levels) {
            if (l.exceptional()) {
                return true;
            }
        }
        return false;
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
