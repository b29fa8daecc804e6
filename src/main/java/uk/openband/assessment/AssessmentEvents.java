package uk.openband.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.openband.platform.AuditableEvent;

/** Events the assessment module publishes; the audit log records each, casework opens cases from submissions. */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    public record Started(long assessmentId, long pupilId, Purpose purpose, String framework) implements AuditableEvent {
        public String action() { return "ASSESSMENT_STARTED"; }
        public String subjectType() { return "ASSESSMENT"; }
        public String subjectId() { return Long.toString(assessmentId); }
        public Map<String, Object> details() {
            return Map.of("pupilId", pupilId, "purpose", purpose.name(), "framework", framework);
        }
    }

    public record Saved(long assessmentId, String part, Map<String, Object> changes) implements AuditableEvent {
        public String action() { return "ASSESSMENT_SAVED"; }
        public String subjectType() { return "ASSESSMENT"; }
        public String subjectId() { return Long.toString(assessmentId); }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>(changes);
            d.put("part", part);
            return d;
        }
    }

    /**
     * An assessment was sent to the local authority. Listeners must be idempotent: the same
     * assessment is submitted again after it was returned for more information.
     */
    public record Submitted(long assessmentId, String reference, long pupilId, long settingId, Purpose purpose,
            BigDecimal total, String band, BigDecimal annualAmount, boolean exceptional, String frameworkKey,
            String frameworkVersion, String bandingKey, String bandingVersion, LocalDate requestedStartDate,
            Instant submittedAt, String submittedBy) implements AuditableEvent {
        public String action() { return "ASSESSMENT_SUBMITTED"; }
        public String subjectType() { return "ASSESSMENT"; }
        public String subjectId() { return Long.toString(assessmentId); }
        public String actor() { return submittedBy; }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("reference", reference);
            d.put("total", total.toPlainString());
            d.put("band", band == null ? "none" : band);
            d.put("exceptional", exceptional);
            return d;
        }
    }
}
