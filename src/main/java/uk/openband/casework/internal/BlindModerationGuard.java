package uk.openband.casework.internal;

import org.springframework.stereotype.Component;
import uk.openband.casework.CaseHiddenForModerationException;
import uk.openband.moderation.ModerationReviews;

/**
 * Keeps a moderator's re-score blind: someone who has opened the blind re-score of a case and not yet saved it
 * is refused the case page and the case API for that case.
 */
@Component
public class BlindModerationGuard {

    private final ModerationReviews reviews;

    BlindModerationGuard(ModerationReviews reviews) {
        this.reviews = reviews;
    }

    /** Throws {@link CaseHiddenForModerationException} when {@code username} must not see this case now. */
    public void check(long caseId, String reference, String username) {
        if (username != null && reviews.blindOutstanding(caseId, username)) {
            throw new CaseHiddenForModerationException(caseId, reference);
        }
    }
}
