package uk.openband.casework;

import java.util.List;
import uk.openband.audit.AuditEntry;

/**
 * A case with everything the case page and the API show: where it is, who has it, what the
 * school was asked, the decision in force or waiting, every decision recorded, and the timeline
 * from the audit log, and when it is due. {@code version} goes back with every action.
 */
public record CaseDetail(CaseSummary summary, long version, String primaryNeed, String assignedOfficer,
        String infoRequestMessage, java.time.Instant infoRequestedAt, String withdrawnReason, DecisionView decision,
        List<DecisionView> decisions, List<AuditEntry> timeline, String disputeReason, CaseDeadline deadline) {

    public CaseDetail {
        decisions = List.copyOf(decisions);
        timeline = List.copyOf(timeline);
    }

    public long id() {
        return summary.id();
    }

    public CaseState state() {
        return summary.state();
    }
}
