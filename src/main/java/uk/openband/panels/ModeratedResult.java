package uk.openband.panels;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.openband.framework.scoring.ScoreResult;

/**
 * The school's indicated result next to the result with the panel's moderated levels, both from
 * the scoring engine against the case's pinned framework and tariff, and each level changed.
 */
public record ModeratedResult(ScoreResult indicated, ScoreResult moderated, List<Change> changes) {

    /** One domain the panel moved from the school's level. */
    public record Change(String domainCode, String domainName, int schoolLevel, int moderatedLevel, String note,
            String by, String byName, Instant at) {
    }

    public ModeratedResult {
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }

    public BigDecimal totalDifference() {
        return moderated.total().subtract(indicated.total());
    }

    public boolean bandChanged() {
        return indicated.exceptional() != moderated.exceptional() || !Objects.equals(indicated.band(), moderated.band());
    }

    /** Moderated annual amount less the indicated one; null when either is exceptional (costed, not banded). */
    public BigDecimal amountDifference() {
        if (indicated.annualAmount() == null || moderated.annualAmount() == null) {
            return null;
        }
        return moderated.annualAmount().subtract(indicated.annualAmount());
    }

    public Change change(String domainCode) {
        return changes.stream().filter(c -> c.domainCode().equals(domainCode)).findFirst().orElse(null);
    }
}
