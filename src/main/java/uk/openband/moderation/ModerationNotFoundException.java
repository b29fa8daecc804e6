package uk.openband.moderation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The case is not in a moderation sample. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ModerationNotFoundException extends RuntimeException {

    public ModerationNotFoundException(long caseId) {
        super("Case " + caseId + " is not in a moderation sample");
    }
}
