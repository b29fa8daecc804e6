package uk.openband.audit;

import java.time.Instant;

/** One line of the audit log as read back: what, when, who, to what, and the details as JSON. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
        String subjectId, String detailsJson) {
}
