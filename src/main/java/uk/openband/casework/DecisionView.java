package uk.openband.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision as pages, the API and the school see it; {@code status} is AWAITING_APPROVAL, IN_FORCE or REFUSED. */
public record DecisionView(long id, DecisionOutcome outcome, String band, BigDecimal annualAmount, LocalDate startDate,
        LocalDate endDate, LocalDate reviewDate, StartPolicy startPolicy, Integer endTerms, List<ReasonCode> reasons,
        String writtenReason, boolean override, String overrideReason, boolean delegated, boolean needsApproval,
        String status, String decidedBy, Instant decidedAt, String approvedBy, Instant approvedAt,
        String refusedReason) {

    public DecisionView {
        reasons = List.copyOf(reasons);
    }

    public boolean awaitingApproval() {
        return "AWAITING_APPROVAL".equals(status);
    }
}
