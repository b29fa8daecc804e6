package uk.openband.casework;

import uk.openband.platform.Refused;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.internal.CaseDecision;
import uk.openband.casework.internal.CaseDecisionRepository;
import uk.openband.casework.internal.CaseNotifier;
import uk.openband.casework.internal.DecisionRules;
import uk.openband.casework.internal.FundingCase;
import uk.openband.casework.internal.FundingCaseRepository;
import uk.openband.casework.internal.ReasonCodeCatalogue;
import uk.openband.directory.PupilScope;
import uk.openband.framework.scoring.BandRow;
import uk.openband.framework.scoring.SettingBands;
import uk.openband.identity.Role;

/**
 * Records decisions on cases: an officer's delegated decision (the indicated band, at or below
 * the delegated threshold), a panel's decision (with the override rules of
 * {@link DecisionRules}), and a SEND manager's approval or refusal of an override. A decision in
 * force publishes {@link CaseEvents.CaseDecided} (registered by the case, published when it is saved).
 */
@Service
@Transactional
public class CaseDecisions {

    private final FundingCaseRepository cases;
    private final CaseDecisionRepository decisions;
    private final AssessmentManagement assessments;
    private final ReasonCodeCatalogue reasonCodes;
    private final CaseNotifier notifier;
    private final Clock clock;
    private final BigDecimal delegatedThreshold;
    private final BigDecimal overrideApprovalAmount;
    private final StartPolicy defaultStartPolicy;

    CaseDecisions(FundingCaseRepository cases, CaseDecisionRepository decisions, AssessmentManagement assessments,
            ReasonCodeCatalogue reasonCodes, CaseNotifier notifier, Clock clock,
            @Value("${openband.casework.delegated-threshold:6000.00}") BigDecimal delegatedThreshold,
            @Value("${openband.casework.override-approval-amount:2000.00}") BigDecimal overrideApprovalAmount,
            @Value("${openband.casework.default-start-policy:SUBMISSION}") StartPolicy defaultStartPolicy) {
        this.cases = cases;
        this.decisions = decisions;
        this.assessments = assessments;
        this.reasonCodes = reasonCodes;
        this.notifier = notifier;
        this.clock = clock;
        this.delegatedThreshold = delegatedThreshold;
        this.overrideApprovalAmount = overrideApprovalAmount;
        this.defaultStartPolicy = defaultStartPolicy;
    }

    public BigDecimal delegatedThreshold() {
        return delegatedThreshold;
    }

    public BigDecimal overrideApprovalAmount() {
        return overrideApprovalAmount;
    }

    public StartPolicy defaultStartPolicy() {
        return defaultStartPolicy;
    }

    @Transactional(readOnly = true)
    public List<ReasonCode> reasonCodes() {
        return reasonCodes.active();
    }

    /** The bands a decision may agree for this case: its tariff's paid rows for the pupil's setting category. */
    @Transactional(readOnly = true)
    public List<String> bandsFor(long caseId) {
        FundingCase c = cases.get(caseId);
        return bands(c).stream().filter(b -> b.annualAmount().signum() > 0).map(BandRow::band).toList();
    }

    /**
     * An officer agrees the indicated band alone; refused above the delegated threshold or for another outcome.
     * Returns the decision made.
     */
    public DecisionView decideUnderDelegation(long caseId, long expectedVersion, DecisionRequest request, String by) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        c.checkDelegation(delegatedThreshold);
        if (request.outcome() != DecisionOutcome.AGREE_INDICATED) {
            throw new Refused("outcome", "casework.refused.delegationOutcome", c.getIndicatedBand());
        }
        CaseDecision d = decisions.saveAndFlush(new CaseDecision(caseId, terms(c, request), true, by, clock.instant()));
        c.decideUnderDelegation(d, delegatedThreshold, clock.getZone());
        cases.saveChecked(c);
        notifier.decided(c);
        return view(d);
    }

    /**
     * Records a panel's decision on a case at panel; an override beyond the limits waits for approval
     * ({@link DecisionView#awaitingApproval()}). Returns the decision made, so the caller need not read it back.
     */
    public DecisionView decide(long caseId, long expectedVersion, DecisionRequest request, String by) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        c.checkDecidable();
        CaseDecision d = decisions.saveAndFlush(new CaseDecision(caseId, terms(c, request), false, by, clock.instant()));
        c.decide(d, clock.getZone());
        cases.saveChecked(c);
        if (d.isNeedsApproval()) {
            notifier.approvalNeeded(c);
        } else {
            notifier.decided(c);
        }
        return view(d);
    }

    private DecisionView view(CaseDecision d) {
        return CaseQueries.view(d, reasonCodes.all().stream()
                .collect(Collectors.toMap(ReasonCode::code, java.util.function.Function.identity())));
    }

    /** A SEND manager other than the recorder approves the override waiting on the case. */
    public void approve(long caseId, long expectedVersion, String approver, Role role) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        requireManager(role);
        CaseDecision d = pending(c);
        c.approve(d, approver, clock.instant(), clock.getZone());
        decisions.saveAndFlush(d);
        cases.saveChecked(c);
        notifier.decided(c);
    }

    /** A SEND manager other than the recorder refuses the override: the case goes back to the panel. */
    public void refuse(long caseId, long expectedVersion, String approver, Role role, String reason) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        requireManager(role);
        CaseDecision d = pending(c);
        c.refuseApproval(d, approver, reason, clock.instant());
        decisions.saveAndFlush(d);
        cases.saveChecked(c);
    }

    private void requireManager(Role role) {
        if (role != Role.SEND_MANAGER) {
            throw Refused.state("state", "casework.refused.managerOnly");
        }
    }

    private CaseDecision pending(FundingCase c) {
        if (c.getState() != CaseState.AWAITING_APPROVAL || c.getDecisionId() == null) {
            throw Refused.state("state", "casework.refused.noOverrideWaiting");
        }
        return decisions.findById(c.getDecisionId()).orElseThrow();
    }

    private CaseDecision.Terms terms(FundingCase c, DecisionRequest request) {
        ZoneId zone = clock.getZone();
        DecisionRules.CaseFacts facts = new DecisionRules.CaseFacts(c.getIndicatedBand(), c.getIndicatedAnnualAmount(),
                c.isIndicatedExceptional(), c.getFirstSubmittedAt().atZone(zone).toLocalDate(), LocalDate.now(clock),
                bands(c));
        Set<String> active = reasonCodes.active().stream().map(ReasonCode::code).collect(Collectors.toSet());
        return DecisionRules.terms(facts, request, defaultStartPolicy, overrideApprovalAmount, active);
    }

    private List<BandRow> bands(FundingCase c) {
        AssessmentView a = assessments.get(PupilScope.allSettings(), c.getAssessmentId());
        return assessments.banding(a).bandsFor(a.settingCategory()).map(SettingBands::bands).orElse(List.of());
    }
}
