package uk.openband.casework;

/**
 * Whether a person is part-way through a blind re-score of a case: while so, the case and everything that
 * shows its decided levels stay closed to them ({@link CaseHiddenForModerationException}). The moderation
 * module implements it; casework only asks, so it does not depend on moderation (moderation depends on
 * casework). With no implementation, no case is hidden.
 */
public interface BlindReviews {

    /** True while {@code username} has opened the blind re-score of the case and it is not yet scored. */
    boolean outstanding(long caseId, String username);
}
