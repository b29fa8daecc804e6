package uk.openband.panels;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import uk.openband.casework.CaseState;

/**
 * A case on a meeting's agenda: what the school indicated, who is recused and why, whether enough
 * members can take part, and the decision recorded (null until one is).
 */
public record AgendaCaseView(long itemId, long caseId, String reference, long settingId, String settingName,
        int position, CaseState caseState, String indicatedBand, BigDecimal indicatedAnnualAmount,
        boolean indicatedExceptional, List<Recused> recused, int takingPart, int quorum, int moderations,
        RecordedDecision decision, long version, long caseVersion) {

    public record Recused(String username, String displayName) {
    }

    /** The decision as recorded at the meeting; {@code caseStateAfter} is where it left the case. */
    public record RecordedDecision(PanelOutcome outcome, String band, BigDecimal annualAmount, List<String> reasonCodes,
            String writtenReason, String overrideReason, boolean override, boolean needsApproval,
            CaseState caseStateAfter, String decidedBy, LocalDateTime decidedAt) {
        public RecordedDecision {
            reasonCodes = List.copyOf(reasonCodes);
        }
    }

    public AgendaCaseView {
        recused = List.copyOf(recused);
    }

    public boolean quorate() {
        return takingPart >= quorum;
    }

    public boolean isRecused(String username) {
        return recused.stream().anyMatch(r -> r.username().equals(username));
    }

    /** The case is waiting for a SEND manager to approve the override the panel recorded. */
    public boolean awaitingApproval() {
        return caseState == CaseState.AWAITING_APPROVAL;
    }

    public boolean decidable() {
        return caseState == CaseState.AT_PANEL;
    }
}
