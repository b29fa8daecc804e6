package uk.openband.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.CaseStatusLookup;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.PanelChangesLookup;
import uk.openband.casework.ReasonCode;

/** Tells the assessment module which case a submitted assessment opened, where it is, and its decision. */
@Component
class AssessmentCaseStatus implements CaseStatusLookup {

    private final FundingCaseRepository cases;
    private final CaseDecisionRepository decisions;
    private final ReasonCodeCatalogue reasonCodes;
    private final ObjectProvider<PanelChangesLookup> panelChanges;
    private final ObjectProvider<CaseWorkflow> workflow;
    private final java.time.Clock clock;

    AssessmentCaseStatus(FundingCaseRepository cases, CaseDecisionRepository decisions, ReasonCodeCatalogue reasonCodes,
            ObjectProvider<PanelChangesLookup> panelChanges, ObjectProvider<CaseWorkflow> workflow,
            java.time.Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.reasonCodes = reasonCodes;
        this.panelChanges = panelChanges;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseStatus> forAssessment(long assessmentId) {
        return cases.findByAssessmentId(assessmentId).map(c -> new CaseStatus(c.getId(), c.getReference(),
                c.getState().name(), c.getState().label(), c.getInfoRequestMessage(), c.getVersion(), decision(c), c.getDisputeReason()));
    }

    private SchoolDecision decision(FundingCase c) {
        if (c.getDecisionId() == null || c.getState() == CaseState.AWAITING_APPROVAL) {
            return null;
        }
        CaseDecision d = decisions.findById(c.getDecisionId()).orElse(null);
        if (d == null || d.getStatus() != CaseDecision.Status.IN_FORCE) {
            return null;
        }
        Map<String, String> labels = reasonCodes.all().stream()
                .collect(Collectors.toMap(ReasonCode::code, ReasonCode::label, (a, b) -> a));
        List<String> reasons = d.getReasonCodes().stream().map(code -> labels.getOrDefault(code, code)).toList();
        PanelChangesLookup lookup = panelChanges.getIfAvailable();
        List<LevelChange> changes = d.isDelegated() || lookup == null ? List.of() : lookup.forDecidedCase(c.getId());
        CaseWorkflow w = workflow.getObject();
        LocalDate decidedOn = w.decisionDay(d);
        LocalDate disputeBy = decidedOn.plusDays(w.disputeWindowDays());
        boolean disputable = (c.getState() == CaseState.DECIDED || c.getState() == CaseState.FUNDED) && !LocalDate.now(clock).isAfter(disputeBy);
        return new SchoolDecision(d.getOutcome().name(), d.getBand(), d.getAnnualAmount(), d.getStartDate(),
                d.getEndDate(), d.getReviewDate(), reasons, d.getWrittenReason(), changes, decidedOn, disputeBy,
                disputable);
    }

}
