package uk.openband.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.audit.AuditLog;
import uk.openband.calendar.StageTargets;
import uk.openband.casework.internal.CaseDecision;
import uk.openband.casework.internal.CaseDecisionRepository;
import uk.openband.casework.internal.CaseIntake;
import uk.openband.casework.internal.CaseQueueQuery;
import uk.openband.casework.internal.FundingCase;
import uk.openband.casework.internal.FundingCaseRepository;
import uk.openband.casework.internal.ReasonCodeCatalogue;

/** Reads cases for pages and other modules: one case, a case in full, and the officer queue. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private final FundingCaseRepository cases;
    private final CaseDecisionRepository decisions;
    private final CaseQueueQuery queue;
    private final ReasonCodeCatalogue reasonCodes;
    private final AuditLog audit;
    private final StageTargets targets;
    private final Clock clock;

    CaseQueries(FundingCaseRepository cases, CaseDecisionRepository decisions, CaseQueueQuery queue,
            ReasonCodeCatalogue reasonCodes, AuditLog audit, StageTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
        this.cases = cases;
        this.decisions = decisions;
        this.queue = queue;
        this.reasonCodes = reasonCodes;
        this.audit = audit;
    }

    public Optional<CaseSummary> forAssessment(long assessmentId) {
        return cases.findByAssessmentId(assessmentId).map(CaseIntake::summary);
    }

    /** The case's summary (no decisions, no timeline); empty when there is no such case. */
    public Optional<CaseSummary> summary(long id) {
        return cases.findById(id).map(CaseIntake::summary);
    }

    public Optional<CaseSummary> byReference(String reference) {
        return cases.findByReference(reference).map(CaseIntake::summary);
    }

    /** The case in full, with its decisions and timeline; empty when there is no such case. */
    public Optional<CaseDetail> detail(long id) {
        return cases.findById(id).map(this::detail);
    }

    /** Two plain statements, each on its own (no transaction: a commit would be a round trip of its own). */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public CaseQueuePage queue(CaseFilter filter, CaseSort sort, int page) {
        return queue.page(filter, sort == null ? CaseSort.OLDEST : sort, page);
    }

    /** The bands indicated on any case, for the queue's band filter. */
    public List<String> indicatedBands() {
        return queue.indicatedBands();
    }

    private CaseDetail detail(FundingCase c) {
        Map<String, ReasonCode> codes = reasonCodes.all().stream()
                .collect(Collectors.toMap(ReasonCode::code, Function.identity()));
        List<DecisionView> all = decisions.findByCaseIdOrderByDecidedAtAscIdAsc(c.getId()).stream()
                .map(d -> view(d, codes)).toList();
        DecisionView current = c.getDecisionId() == null ? null
                : all.stream().filter(d -> d.id() == c.getDecisionId()).findFirst().orElse(null);
        return new CaseDetail(CaseIntake.summary(c), c.getVersion(), c.getPrimaryNeed(), c.getAssignedOfficer(),
                c.getInfoRequestMessage(), c.getInfoRequestedAt(), c.getWithdrawnReason(), current, all,
                audit.eventsAbout("CASE", Long.toString(c.getId())), c.getDisputeReason(),
                deadline(c));
    }

    private CaseDeadline deadline(FundingCase c) {
        LocalDate due = c.currentDueDate();
        LocalDate today = LocalDate.now(clock);
        boolean overdue = due != null && targets.isOverdue(due, today);
        return new CaseDeadline(c.getTriageDueDate(), c.getDecisionDueDate(), due, overdue,
                overdue ? targets.workingDaysOverdue(due, today) : 0);
    }

    static DecisionView view(CaseDecision d, Map<String, ReasonCode> codes) {
        return new DecisionView(d.getId(), d.getOutcome(), d.getBand(), d.getAnnualAmount(), d.getStartDate(),
                d.getEndDate(), d.getReviewDate(), d.getStartPolicy(), d.getEndTerms(),
                d.getReasonCodes().stream().map(code -> codes.getOrDefault(code, new ReasonCode(code, code))).toList(),
                d.getWrittenReason(), d.isOverride(), d.getOverrideReason(), d.isDelegated(), d.isNeedsApproval(),
                d.getStatus().name(), d.getDecidedBy(), d.getDecidedAt(), d.getApprovedBy(), d.getApprovedAt(),
                d.getRefusedReason());
    }
}
