package uk.openband.casework;

import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** The events casework publishes; the audit log records each, and the case timeline reads them back. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record Opened(long caseId, String reference, long assessmentId) implements AuditableEvent {
        public String action() { return "CASE_OPENED"; }
        public String subjectType() { return "CASE"; }
        public String subjectId() { return Long.toString(caseId); }
        public Map<String, Object> details() {
            return Map.of("reference", reference, "assessmentId", assessmentId, "to", CaseState.SUBMITTED.name());
        }
    }

    public record Resubmitted(long caseId, String from) implements AuditableEvent {
        public String action() { return "CASE_RESUBMITTED"; }
        public String subjectType() { return "CASE"; }
        public String subjectId() { return Long.toString(caseId); }
        public Map<String, Object> details() {
            return Map.of("from", from, "to", CaseState.SUBMITTED.name());
        }
    }
}
