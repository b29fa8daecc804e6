package uk.openband.casework.internal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.openband.casework.BlindReviews;
import uk.openband.casework.CaseHiddenForModerationException;

/**
 * Keeps a moderator's re-score blind: someone who has opened the blind re-score of a case and not yet saved it
 * is refused the case page and the case API for that case. Who is re-scoring what is asked of the
 * {@link BlindReviews} the moderation module provides.
 */
@Component
public class BlindModerationGuard {

    private final ObjectProvider<BlindReviews> reviews;

    BlindModerationGuard(ObjectProvider<BlindReviews> reviews) {
        this.reviews = reviews;
    }

    /** Throws {@link CaseHiddenForModerationException} when {@code username} must not see this case now. */
    public void check(long caseId, String reference, String username) {
        if (username == null) {
            return;
        }
        List<BlindReviews> all = reviews.orderedStream().toList();
        if (all.stream().anyMatch(r -> r.outstanding(caseId, username))) {
            throw new CaseHiddenForModerationException(caseId, reference);
        }
    }
}
