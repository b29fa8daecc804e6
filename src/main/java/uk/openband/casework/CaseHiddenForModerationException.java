package uk.openband.casework;

import java.util.List;
import uk.openband.platform.Refused;

/**
 * The person asking has started a blind moderation re-score of this case and not finished it: the case
 * (with its decided levels) stays closed to them until the case is scored. A refusal with its own answer:
 * 403 with the way back to the re-score on pages, 403 problem+json from the API.
 */
public class CaseHiddenForModerationException extends Refused {

    private final long caseId;

    public CaseHiddenForModerationException(long caseId, String reference) {
        super(List.of(new Problem("case", "casework.hiddenForModeration", reference)), Reason.FORBIDDEN);
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
