package uk.openband.notify;

import java.util.Map;
import uk.openband.identity.Role;
import uk.openband.platform.AuditableEvent;

/** What the notify module tells the audit log: each notification, sent or suppressed, against its case. */
public final class NotificationEvents {

    private NotificationEvents() {
    }

    /** How a notification left: by e-mail, or not at all because e-mail is off. */
    public enum Delivery { EMAIL, SUPPRESSED }

    public record NotificationSent(CaseRef caseRef, NotificationKind kind, Role recipientRole, Delivery delivery)
            implements AuditableEvent {

        @Override
        public String action() {
            return "NOTIFICATION_SENT";
        }

        @Override
        public String subjectType() {
            return "CASE";
        }

        @Override
        public String subjectId() {
            return Long.toString(caseRef.caseId());
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("kind", kind.name(), "reference", caseRef.reference(), "template", kind.template(),
                    "recipientRole", recipientRole.name(), "delivery", delivery.name());
        }
    }

    /** The mail server refused or could not be reached after the case change was saved. */
    public record NotificationFailed(CaseRef caseRef, NotificationKind kind, Role recipientRole, String reason)
            implements AuditableEvent {

        @Override
        public String action() {
            return "NOTIFICATION_FAILED";
        }

        @Override
        public String subjectType() {
            return "CASE";
        }

        @Override
        public String subjectId() {
            return Long.toString(caseRef.caseId());
        }

        @Override
        public String actor() {
            return "system";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("kind", kind.name(), "reference", caseRef.reference(), "recipientRole", recipientRole.name(),
                    "reason", reason);
        }
    }
}
