package uk.openband.moderation.internal;

import org.springframework.stereotype.Component;
import uk.openband.casework.BlindReviews;
import uk.openband.moderation.ModerationReviews;

/** Tells casework who is part-way through a blind re-score, so it keeps the case closed to them meanwhile. */
@Component
class OutstandingBlindReviews implements BlindReviews {

    private final ModerationReviews reviews;

    OutstandingBlindReviews(ModerationReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public boolean outstanding(long caseId, String username) {
        return reviews.blindOutstanding(caseId, username);
    }
}
