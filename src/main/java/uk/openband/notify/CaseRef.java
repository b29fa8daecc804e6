package uk.openband.notify;

import java.util.Objects;

/**
 * The case a notification is about: its id (the audit log's subject, so the notification shows on the case
 * timeline) and its reference (the only thing about the case an e-mail subject names).
 */
public record CaseRef(long caseId, String reference) {

    public CaseRef {
        Objects.requireNonNull(reference, "reference");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("A notification needs the case reference");
        }
    }
}
