package uk.openband.casework.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.openband.platform.Text;
import uk.openband.platform.Refused;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.StartPolicy;

/**
 * One decision on a case, as recorded: the outcome, band and amount, dates, reasons, and whether
 * it is an override waiting for a second approver. A refused override stays, marked REFUSED.
 */
@Entity
@Table(name = "case_decision")
public class CaseDecision {

    public enum Status { AWAITING_APPROVAL, IN_FORCE, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionOutcome outcome;
    private String band;
    @Column(name = "annual_amount")
    private BigDecimal annualAmount;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "start_policy", nullable = false)
    private StartPolicy startPolicy;
    @Column(name = "end_terms")
    private Integer endTerms;
    @Column(name = "written_reason", nullable = false)
    private String writtenReason;
    @Column(nullable = false)
    private boolean override;
    @Column(name = "override_reason")
    private String overrideReason;
    @Column(nullable = false)
    private boolean delegated;
    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "refused_reason")
    private String refusedReason;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_decision_reason", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "code")
    @OrderBy
    private List<String> reasonCodes = new ArrayList<>();

    protected CaseDecision() {
    }

    /** The terms of a decision, already checked by {@code CaseDecisions}. */
    public record Terms(DecisionOutcome outcome, String band, BigDecimal annualAmount, StartPolicy startPolicy,
            LocalDate startDate, Integer endTerms, LocalDate endDate, LocalDate reviewDate, List<String> reasonCodes,
            String writtenReason, boolean override, String overrideReason, boolean needsApproval) {
    }

    public CaseDecision(long caseId, Terms t, boolean delegated, String by, Instant at) {
        this.caseId = caseId;
        this.outcome = t.outcome();
        this.band = t.band();
        this.annualAmount = t.annualAmount();
        this.startPolicy = t.startPolicy();
        this.startDate = t.startDate();
        this.endTerms = t.endTerms();
        this.endDate = t.endDate();
        this.reviewDate = t.reviewDate();
        this.reasonCodes = new ArrayList<>(t.reasonCodes());
        this.writtenReason = t.writtenReason();
        this.override = t.override();
        this.overrideReason = t.overrideReason();
        this.needsApproval = t.needsApproval();
        this.delegated = delegated;
        this.status = t.needsApproval() ? Status.AWAITING_APPROVAL : Status.IN_FORCE;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void approve(String approver, Instant at) {
        checkApprover(approver, "casework.refused.ownOverride.approve");
        approvedBy = approver;
        approvedAt = at;
        status = Status.IN_FORCE;
    }

    public void refuse(String approver, String reason, Instant at) {
        checkApprover(approver, "casework.refused.ownOverride.refuse");
        String text = FundingCase.clean(reason);
        if (text == null) {
            throw new Refused("reason", "casework.refused.refusalReasonMissing");
        }
        Text.require("reason", text);
        if (text.length() > FundingCase.MAX_TEXT) {
            throw new Refused("reason", "casework.refused.reasonTooLong", FundingCase.MAX_TEXT);
        }
        approvedBy = approver;
        approvedAt = at;
        refusedReason = text;
        status = Status.REFUSED;
    }

    private void checkApprover(String approver, String ownOverrideKey) {
        if (status != Status.AWAITING_APPROVAL) {
            throw Refused.state("state", "casework.refused.notAwaitingApproval");
        }
        if (approver.equalsIgnoreCase(decidedBy)) {
            throw Refused.state("state", ownOverrideKey);
        }
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public DecisionOutcome getOutcome() { return outcome; }
    public String getBand() { return band; }
    public BigDecimal getAnnualAmount() { return annualAmount; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public LocalDate getReviewDate() { return reviewDate; }
    public StartPolicy getStartPolicy() { return startPolicy; }
    public Integer getEndTerms() { return endTerms; }
    public String getWrittenReason() { return writtenReason; }
    public boolean isOverride() { return override; }
    public String getOverrideReason() { return overrideReason; }
    public boolean isDelegated() { return delegated; }
    public boolean isNeedsApproval() { return needsApproval; }
    public Status getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getRefusedReason() { return refusedReason; }
    public List<String> getReasonCodes() { return List.copyOf(reasonCodes); }
}
