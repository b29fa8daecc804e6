package uk.openband.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.openband.platform.AuditableEvent;

/**
 * The events casework publishes, one type per change of a case. The case aggregate registers them in its
 * guarded transition methods and they are published when the case is saved. Other modules listen by type;
 * the audit log records each (action, from, to and details exactly as the case timeline reads them back).
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** Something that happened to one case: audited against the case. */
    public sealed interface CaseEvent extends AuditableEvent {

        long caseId();

        default String subjectType() {
            return "CASE";
        }

        default String subjectId() {
            return Long.toString(caseId());
        }
    }

    /**
     * Tells casework that the funding of a case's decision is in place, so the case becomes FUNDED. Casework
     * owns this contract so that it depends on nobody to hear it: the agreements module's {@code AgreementMade}
     * implements it (agreements already depends on casework; casework listening to an agreements type would
     * make a cycle).
     */
    public interface DecisionFunded {

        long caseId();

        long decisionId();
    }

    public record Opened(long caseId, String reference, long assessmentId) implements CaseEvent {
        public String action() { return "CASE_OPENED"; }
        public Map<String, Object> details() {
            return Map.of("reference", reference, "assessmentId", assessmentId, "to", CaseState.SUBMITTED.name());
        }
    }

    public record Resubmitted(long caseId, String from) implements CaseEvent {
        public String action() { return "CASE_RESUBMITTED"; }
        public Map<String, Object> details() {
            return Map.of("from", from, "to", CaseState.SUBMITTED.name());
        }
    }

    /** The scheduled job moved a decided case to review due, ahead of its decision's review date. */
    public record ReviewDue(long caseId, String from, long decisionId, LocalDate reviewDate) implements CaseEvent {
        public String action() { return "CASE_REVIEW_DUE"; }
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
    public record ListedAfterDispute(long caseId, long meetingId) implements CaseEvent {
        public String action() { return "CASE_LISTED_FOR_PANEL"; }
        public String actor() { return "system"; }
        public Map<String, Object> details() {
            return Map.of("from", CaseState.DISPUTED.name(), "to", CaseState.AT_PANEL.name(), "meetingId", meetingId,
                    "why", "dispute");
        }
    }

    /** An officer took the case into triage, or it passed to another officer ({@code previousOfficer}, or null). */
    public record CaseAssigned(long caseId, String from, String to, String officer, String previousOfficer)
            implements CaseEvent {
        public String action() { return "CASE_ASSIGNED"; }
        public Map<String, Object> details() {
            return previousOfficer == null ? transition(from, to, "officer", officer)
                    : transition(from, to, "officer", officer, "previousOfficer", previousOfficer);
        }
    }

    /** The case went back to the school for more information; its assessment is editable again. */
    public record CaseReturnedForInformation(long caseId, String from, String to, long assessmentId)
            implements CaseEvent {
        public String action() { return "CASE_RETURNED_FOR_INFORMATION"; }
        public Map<String, Object> details() { return transition(from, to, "assessmentId", assessmentId); }
    }

    /** An officer listed the case for a panel. */
    public record CaseListedForPanel(long caseId, String from, String to) implements CaseEvent {
        public String action() { return "CASE_LISTED_FOR_PANEL"; }
        public Map<String, Object> details() { return transition(from, to); }
    }

    public record CaseWithdrawn(long caseId, String from, String to) implements CaseEvent {
        public String action() { return "CASE_WITHDRAWN"; }
        public Map<String, Object> details() { return transition(from, to); }
    }

    /** The agreement of the case's decision ({@code decisionId}, or null) is in place. */
    public record CaseFunded(long caseId, String from, String to, Long decisionId) implements CaseEvent {
        public String action() { return "CASE_FUNDED"; }
        public Map<String, Object> details() {
            return decisionId == null ? transition(from, to) : transition(from, to, "decisionId", decisionId);
        }
    }

    /**
     * The school disputed the decision in force ({@code decisionId}); the panels module puts the case on the
     * agenda of the next planned meeting.
     */
    public record CaseDisputed(long caseId, String from, String to, long decisionId) implements CaseEvent {
        public String action() { return "CASE_DISPUTED"; }
        public Map<String, Object> details() { return transition(from, to, "decisionId", decisionId); }
    }

    /** A panel's override beyond the limits waits for a second SEND manager. */
    public record CaseOverrideAwaitingApproval(long caseId, String from, String to, long decisionId, String band,
            BigDecimal annualAmount) implements CaseEvent {
        public String action() { return "CASE_OVERRIDE_AWAITING_APPROVAL"; }
        public Map<String, Object> details() {
            return transition(from, to, "decisionId", decisionId, "band", String.valueOf(band), "annualAmount",
                    String.valueOf(annualAmount));
        }
    }

    public record CaseOverrideApproved(long caseId, String from, String to, long decisionId) implements CaseEvent {
        public String action() { return "CASE_OVERRIDE_APPROVED"; }
        public Map<String, Object> details() { return transition(from, to, "decisionId", decisionId); }
    }

    /** The override was refused: the case goes back to the panel. */
    public record CaseOverrideRefused(long caseId, String from, String to, long decisionId) implements CaseEvent {
        public String action() { return "CASE_OVERRIDE_REFUSED"; }
        public Map<String, Object> details() { return transition(from, to, "decisionId", decisionId); }
    }

    /**
     * A decision is in force (straight away, or once a second approver agreed an override). The
     * agreements module listens to it; band is null when declined, amount null when declined.
     * {@code bandingKey} and {@code bandingVersion} name the banding table the amount came from
     * (the one the assessment was scored with); {@code decisionDate} is the day it came into force.
     */
    public record CaseDecided(long caseId, long decisionId, long pupilId, long settingId, String outcome, String band,
            BigDecimal annualAmount, LocalDate startDate, LocalDate endDate, LocalDate reviewDate,
            List<String> reasonCodes, boolean override, boolean delegated, String bandingKey, String bandingVersion,
            LocalDate decisionDate, String decidedBy) implements CaseEvent {
        public String action() { return "CASE_DECIDED"; }
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

    /** A change of state's details: {@code from}, {@code to} and the given further keys and values. */
    private static Map<String, Object> transition(String from, String to, Object... keysAndValues) {
        Map<String, Object> d = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        d.put("from", from);
        d.put("to", to);
        return d;
    }
}
