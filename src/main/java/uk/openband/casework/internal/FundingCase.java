package uk.openband.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.AbstractAggregateRoot;
import uk.openband.assessment.AssessmentEvents;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseEvents;
import uk.openband.platform.Text;
import uk.openband.platform.Refused;
import uk.openband.casework.CaseState;
import uk.openband.casework.DecisionOutcome;

/**
 * The case aggregate: it owns its state machine; each transition checks the state it starts from and
 * registers its typed event ({@link CaseEvents}), which Spring Data publishes when the case is saved
 * through {@link FundingCaseRepository} (a transition whose case is not saved publishes nothing).
 */
@Entity
@Table(name = "funding_case")
public class FundingCase extends AbstractAggregateRoot<FundingCase> {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String reference;
    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;
    @Column(name = "pupil_id", nullable = false)
    private long pupilId;
    @Column(name = "setting_id", nullable = false)
    private long settingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state;
    @Column(name = "indicated_total", nullable = false)
    private BigDecimal indicatedTotal;
    @Column(name = "indicated_band")
    private String indicatedBand;
    @Column(name = "indicated_annual_amount")
    private BigDecimal indicatedAnnualAmount;
    @Column(name = "indicated_exceptional", nullable = false)
    private boolean indicatedExceptional;
    @Column(name = "framework_key", nullable = false)
    private String frameworkKey;
    @Column(name = "framework_version", nullable = false)
    private String frameworkVersion;
    @Column(name = "banding_key", nullable = false)
    private String bandingKey;
    @Column(name = "banding_version", nullable = false)
    private String bandingVersion;
    @Column(name = "requested_start_date", nullable = false)
    private LocalDate requestedStartDate;
    @Column(name = "first_submitted_at", nullable = false)
    private Instant firstSubmittedAt;
    @Column(name = "last_submitted_at", nullable = false)
    private Instant lastSubmittedAt;
    @Column(name = "assigned_officer")
    private String assignedOfficer;
    @Column(name = "info_request_message")
    private String infoRequestMessage;
    @Column(name = "info_requested_at")
    private Instant infoRequestedAt;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "decision_id")
    private Long decisionId;
    @Column(name = "dispute_reason")
    private String disputeReason;
    @Column(name = "disputed_by")
    private String disputedBy;
    @Column(name = "disputed_at")
    private Instant disputedAt;
    @Column(name = "primary_need")
    private String primaryNeed;
    @Column(name = "triage_due_date")
    private LocalDate triageDueDate;
    @Column(name = "decision_due_date")
    private LocalDate decisionDueDate;
    @Version
    private long version;

    protected FundingCase() {
    }

    /** Opens a case from a submitted assessment. */
    static FundingCase open(AssessmentEvents.Submitted s, String primaryNeed) {
        FundingCase c = open(s);
        c.primaryNeed = primaryNeed;
        return c;
    }

    static FundingCase open(AssessmentEvents.Submitted s) {
        FundingCase c = new FundingCase();
        c.reference = s.reference();
        c.assessmentId = s.assessmentId();
        c.pupilId = s.pupilId();
        c.settingId = s.settingId();
        c.purpose = s.purpose();
        c.state = CaseState.SUBMITTED;
        c.firstSubmittedAt = s.submittedAt();
        c.indicate(s);
        return c;
    }

    /** The school answered a request for information and sent the assessment again. */
    void resubmit(AssessmentEvents.Submitted s) {
        if (state != CaseState.INFO_REQUESTED) {
            throw new IllegalStateException("A case in state " + state + " cannot be resubmitted");
        }
        state = CaseState.SUBMITTED;
        indicate(s);
        registerEvent(new CaseEvents.Resubmitted(id, CaseState.INFO_REQUESTED.name()));
    }

    /** Sets when triage and the decision are due, counted from the latest submission (see {@code StageTargets}). */
    void scheduleDue(LocalDate triage, LocalDate decision) {
        if (triage == null || decision == null) {
            throw new IllegalArgumentException("A case needs both due dates");
        }
        triageDueDate = triage;
        decisionDueDate = decision;
    }

    /**
     * The due date of the stage the case is in: triage while submitted, the decision while in triage, at a panel or
     * awaiting approval; null while the school has it, while disputed, and once decided or closed. The database
     * computes the same as {@code funding_case.due_date} for the queue.
     */
    public LocalDate currentDueDate() {
        return switch (state) {
            case SUBMITTED -> triageDueDate;
            case IN_TRIAGE, AT_PANEL, AWAITING_APPROVAL -> decisionDueDate;
            default -> null;
        };
    }

    /** An officer takes the case into triage (from the queue), or it passes to another officer during triage. */
    public void assign(String officer) {
        require("casework.refused.state.assign", CaseState.SUBMITTED, CaseState.IN_TRIAGE);
        if (officer == null || officer.isBlank()) {
            throw new Refused("officer", "casework.refused.officerMissing");
        }
        String from = state.name();
        String previous = assignedOfficer;
        assignedOfficer = officer;
        state = CaseState.IN_TRIAGE;
        registerEvent(new CaseEvents.CaseAssigned(id, from, state.name(), officer, previous));
    }

    /** Asks the school for more information (in triage, or a panel defers); the message is what the SENCO reads. */
    public void returnForInformation(String message, Instant at) {
        require("casework.refused.state.returnForInformation", CaseState.IN_TRIAGE, CaseState.AT_PANEL);
        String text = clean(message);
        if (text == null) {
            throw new Refused("message", "casework.refused.infoMessageMissing");
        }
        Text.require("message", text);
        if (text.length() > MAX_TEXT) {
            throw new Refused("message", "casework.refused.messageTooLong", MAX_TEXT);
        }
        String from = state.name();
        infoRequestMessage = text;
        infoRequestedAt = at;
        state = CaseState.INFO_REQUESTED;
        registerEvent(new CaseEvents.CaseReturnedForInformation(id, from, state.name(), assessmentId));
    }

    /** Closes an open case without a decision. */
    public void withdraw(String reason) {
        if (!state.open()) {
            throw refused("casework.refused.state.withdraw");
        }
        String text = clean(reason);
        if (text == null) {
            throw new Refused("reason", "casework.refused.withdrawReasonMissing");
        }
        Text.require("reason", text);
        if (text.length() > MAX_REASON) {
            throw new Refused("reason", "casework.refused.reasonTooLong", MAX_REASON);
        }
        String from = state.name();
        withdrawnReason = text;
        state = CaseState.WITHDRAWN;
        registerEvent(new CaseEvents.CaseWithdrawn(id, from, state.name()));
    }

    /** Sends the case to a panel meeting: from triage, or a decision the school disputed. */
    public void listForPanel() {
        require("casework.refused.state.listForPanel", CaseState.IN_TRIAGE, CaseState.DISPUTED);
        String from = state.name();
        state = CaseState.AT_PANEL;
        registerEvent(new CaseEvents.CaseListedForPanel(id, from, state.name()));
    }

    /** OpenBand itself lists a disputed case for the panel meeting ({@code meetingId}) whose agenda it joined. */
    public void listDisputedForPanel(long meetingId) {
        require("casework.refused.state.listForPanel", CaseState.DISPUTED);
        state = CaseState.AT_PANEL;
        registerEvent(new CaseEvents.ListedAfterDispute(id, meetingId));
    }

    /** Checks that an officer may decide this case alone: in triage, not exceptional, and within the threshold. */
    public void checkDelegation(BigDecimal threshold) {
        require("casework.refused.state.decideUnderDelegation", CaseState.IN_TRIAGE);
        if (indicatedExceptional || indicatedAnnualAmount == null) {
            throw Refused.state("state", "casework.refused.exceptionalNeedsPanel");
        }
        if (indicatedAnnualAmount.compareTo(threshold) > 0) {
            throw Refused.state("state", "casework.refused.aboveDelegatedLimit", indicatedAnnualAmount, threshold);
        }
    }

    /** An officer decides under delegation, agreeing the indicated band; {@code zone} dates the decision. */
    public void decideUnderDelegation(CaseDecision decision, BigDecimal threshold, ZoneId zone) {
        checkDelegation(threshold);
        if (decision.getOutcome() != DecisionOutcome.AGREE_INDICATED || !java.util.Objects.equals(decision.getBand(),
                indicatedBand)) {
            throw new Refused("outcome", "casework.refused.delegationOutcome", indicatedBand);
        }
        decisionId = decision.getId();
        state = CaseState.DECIDED;
        registerEvent(decided(decision, zone));
    }

    /** Checks that a decision may be recorded: the case is at a panel. */
    public void checkDecidable() {
        require("casework.refused.state.recordDecision", CaseState.AT_PANEL);
    }

    /** Records a panel's decision: in force now, or waiting for a second approver; {@code zone} dates it. */
    public void decide(CaseDecision decision, ZoneId zone) {
        checkDecidable();
        String from = state.name();
        decisionId = decision.getId();
        state = decision.isNeedsApproval() ? CaseState.AWAITING_APPROVAL : CaseState.DECIDED;
        registerEvent(decision.isNeedsApproval()
                ? new CaseEvents.CaseOverrideAwaitingApproval(id, from, state.name(), decision.getId(),
                        decision.getBand(), decision.getAnnualAmount())
                : decided(decision, zone));
    }

    /** A second approver agrees the override waiting on this case; it is in force from then. */
    public void approve(CaseDecision decision, String approver, Instant at, ZoneId zone) {
        require("casework.refused.state.approve", CaseState.AWAITING_APPROVAL);
        String from = state.name();
        decision.approve(approver, at);
        state = CaseState.DECIDED;
        registerEvent(new CaseEvents.CaseOverrideApproved(id, from, state.name(), decision.getId()));
        registerEvent(decided(decision, zone));
    }

    /** A second approver refuses the override: the case goes back to the panel to decide again. */
    public void refuseApproval(CaseDecision decision, String approver, String reason, Instant at) {
        require("casework.refused.state.refuseApproval", CaseState.AWAITING_APPROVAL);
        String from = state.name();
        decision.refuse(approver, reason, at);
        decisionId = null;
        state = CaseState.AT_PANEL;
        registerEvent(new CaseEvents.CaseOverrideRefused(id, from, state.name(), decision.getId()));
    }

    /**
     * The school disputes the decision in force (decided, or funded once its agreement was made), with written reasons, within {@code windowDays}
     * calendar days of the day it was decided ({@code decidedOn}); the case goes back for a panel.
     */
    public void dispute(String reason, String by, Instant at, LocalDate decidedOn, LocalDate today, int windowDays) {
        require("casework.refused.state.dispute", CaseState.DECIDED, CaseState.FUNDED);
        LocalDate last = decidedOn.plusDays(windowDays);
        if (today.isAfter(last)) {
            throw Refused.state("state", "casework.refused.disputeWindowEnded",
                    last.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)), windowDays);
        }
        String text = clean(reason);
        if (text == null) {
            throw new Refused("reason", "casework.refused.disputeReasonMissing");
        }
        Text.require("reason", text);
        if (text.length() > MAX_TEXT) {
            throw new Refused("reason", "casework.refused.disputeReasonsTooLong", MAX_TEXT);
        }
        String from = state.name();
        disputeReason = text;
        disputedBy = by;
        disputedAt = at;
        state = CaseState.DISPUTED;
        registerEvent(new CaseEvents.CaseDisputed(id, from, state.name(), decisionId));
    }

    /** The decision's funding agreement is in place: a decided case becomes funded. */
    public void markFunded() {
        require("casework.refused.state.markFunded", CaseState.DECIDED);
        String from = state.name();
        state = CaseState.FUNDED;
        registerEvent(new CaseEvents.CaseFunded(id, from, state.name(), decisionId));
    }

    /** The funding's review date is near: a decided (or funded) case becomes due for review. */
    public void markReviewDue() {
        require("casework.refused.state.markReviewDue", CaseState.DECIDED, CaseState.FUNDED);
        state = CaseState.REVIEW_DUE;
    }

    /** The events registered by transitions since the case was last saved (published, then cleared, on save). */
    java.util.List<Object> registeredEvents() {
        return java.util.List.copyOf(domainEvents());
    }

    /** The event of a decision in force: recorded now, or approved now. */
    private CaseEvents.CaseDecided decided(CaseDecision d, ZoneId zone) {
        Instant inForce = d.getApprovedAt() != null ? d.getApprovedAt() : d.getDecidedAt();
        String by = d.getApprovedBy() != null ? d.getApprovedBy() : d.getDecidedBy();
        return new CaseEvents.CaseDecided(id, d.getId(), pupilId, settingId, d.getOutcome().name(), d.getBand(),
                d.getAnnualAmount(), d.getStartDate(), d.getEndDate(), d.getReviewDate(), d.getReasonCodes(),
                d.isOverride(), d.isDelegated(), bandingKey, bandingVersion, LocalDate.ofInstant(inForce, zone), by);
    }

    /** {@code stateKey}: the message key of "You cannot … a case that is {0}." for the action. */
    private void require(String stateKey, CaseState... allowed) {
        for (CaseState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw refused(stateKey);
    }

    private Refused refused(String stateKey) {
        return Refused.state("state", stateKey, state.label().toLowerCase(java.util.Locale.ROOT));
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    private void indicate(AssessmentEvents.Submitted s) {
        indicatedTotal = s.total();
        indicatedBand = s.band();
        indicatedAnnualAmount = s.annualAmount();
        indicatedExceptional = s.exceptional();
        frameworkKey = s.frameworkKey();
        frameworkVersion = s.frameworkVersion();
        bandingKey = s.bandingKey();
        bandingVersion = s.bandingVersion();
        requestedStartDate = s.requestedStartDate();
        lastSubmittedAt = s.submittedAt();
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public long getAssessmentId() { return assessmentId; }
    public long getPupilId() { return pupilId; }
    public long getSettingId() { return settingId; }
    public CaseState getState() { return state; }
    public BigDecimal getIndicatedTotal() { return indicatedTotal; }
    public String getIndicatedBand() { return indicatedBand; }
    public BigDecimal getIndicatedAnnualAmount() { return indicatedAnnualAmount; }
    public boolean isIndicatedExceptional() { return indicatedExceptional; }
    public LocalDate getRequestedStartDate() { return requestedStartDate; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getLastSubmittedAt() { return lastSubmittedAt; }
    public String getAssignedOfficer() { return assignedOfficer; }
    public String getInfoRequestMessage() { return infoRequestMessage; }
    public Instant getInfoRequestedAt() { return infoRequestedAt; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public Long getDecisionId() { return decisionId; }
    public String getPrimaryNeed() { return primaryNeed; }
    public String getDisputeReason() { return disputeReason; }
    public String getDisputedBy() { return disputedBy; }
    public Instant getDisputedAt() { return disputedAt; }
    public LocalDate getTriageDueDate() { return triageDueDate; }
    public LocalDate getDecisionDueDate() { return decisionDueDate; }
    public long getVersion() { return version; }
    public Purpose getPurpose() { return purpose; }
}
