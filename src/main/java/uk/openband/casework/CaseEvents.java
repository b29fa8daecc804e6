package uk.openband.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

    /** The scheduled job moved a decided case to review due, ahead of its decision's review date. */
    public record ReviewDue(long caseId, String from, long decisionId, LocalDate reviewDate) implements AuditableEvent {
        public String action() { return "CASE_REVIEW_DUE"; }
        public String subjectType() { return "CASE"; }
        public String subjectId() { return Long.toString(caseId); }
        public String actor() { return "system"; }
        public Map<String, Object> details() {
            return Map.of("from", from, "to", CaseState.REVIEW_DUE.name(), "decisionId", decisionId,
                    "reviewDate", reviewDate.toString());
        }
    }

    /**
     * A disputed case listed for a panel by OpenBand itself, because it joined the agenda of the
     * next planned meeting ({@code meetingId}).
     */
    public record ListedAfterDispute(long caseId, long meetingId) implements AuditableEvent {
        public String action() { return "CASE_LISTED_FOR_PANEL"; }
        public String subjectType() { return "CASE"; }
        public String subjectId() { return Long.toString(caseId); }
        public String actor() { return "system"; }
        public Map<String, Object> details() {
            return Map.of("from", CaseState.DISPUTED.name(), "to", CaseState.AT_PANEL.name(), "meetingId", meetingId,
                    "why", "dispute");
        }
    }

    /** A change of state by a person: who is the signed-in user; details say from, to and why. */
    public record Transition(long caseId, String action, String from, String to, Map<String, Object> extra)
            implements AuditableEvent {
        public Transition {
            extra = extra == null ? Map.of() : Map.copyOf(extra);
        }
        public String subjectType() { return "CASE"; }
        public String subjectId() { return Long.toString(caseId); }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>(extra);
            d.put("from", from);
            d.put("to", to);
            return d;
        }
    }

    /**
     * A decision is in force (straight away, or once a second approver agreed an override). The
     * funding module listens to it; band is null when declined, amount null when declined.
     * {@code bandingKey} and {@code bandingVersion} name the banding table the amount came from
     * (the one the assessment was scored with); {@code decisionDate} is the day it came into force.
     */
    public record Decided(long caseId, long decisionId, long pupilId, long settingId, String outcome, String band,
            BigDecimal annualAmount, LocalDate startDate, LocalDate endDate, LocalDate reviewDate,
            List<String> reasonCodes, boolean override, boolean delegated, String bandingKey, String bandingVersion,
            LocalDate decisionDate, String decidedBy) implements AuditableEvent {
        public String action() { return "CASE_DECIDED"; }
        public String subjectType() { return "CASE"; }
        public String subjectId() { return Long.toString(caseId); }
        public Map<String, Object> details() {
            Map<String, Object> d = new HashMap<>();
            d.put("decisionId", decisionId);
            d.put("outcome", outcome);
            d.put("band", band);
            d.put("annualAmount", annualAmount == null ? null : annualAmount.toPlainString());
            d.put("startDate", startDate.toString());
            d.put("endDate", endDate.toString());
            d.put("reviewDate", reviewDate.toString());
            d.put("reasonCodes", reasonCodes);
            d.put("override", override);
            d.put("delegated", delegated);
            d.put("banding", bandingKey + " " + bandingVersion);
            d.put("decisionDate", decisionDate.toString());
            d.put("to", CaseState.DECIDED.name());
            return d;
        }
    }
}
