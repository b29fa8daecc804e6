package uk.openband.platform;

import java.util.Map;

/**
 * An event that the audit log records: what happened, to which subject, and the details.
 * Modules publish their own event records implementing this; the audit module listens.
 */
public interface AuditableEvent {

    /** What happened, for example {@code SIGN_IN_FAILED} or {@code USER_CREATED}. */
    String action();

    /** The kind of thing it happened to, for example {@code USER} or {@code CASE}. */
    String subjectType();

    /** Which one, or null. */
    String subjectId();

    /** Who did it; null means the signed-in user, or "system" when nobody is signed in. */
    default String actor() {
        return null;
    }

    /** Further details, recorded as JSON. Never a child's name or other personal data beyond ids. */
    default Map<String, Object> details() {
        return Map.of();
    }
}
