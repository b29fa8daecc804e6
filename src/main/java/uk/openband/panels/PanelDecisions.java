package uk.openband.panels;

import uk.openband.platform.Refused;
import uk.openband.platform.NotFound;
import uk.openband.platform.Conflict;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionView;
import uk.openband.identity.SignedInUser;
import uk.openband.panels.internal.AgendaItem;
import uk.openband.panels.internal.AgendaItemRepository;
import uk.openband.panels.internal.Participation;
import uk.openband.panels.internal.PanelMeeting;
import uk.openband.panels.internal.PanelMeetingRepository;

/**
 * Records the panel's decision on a case on its agenda through {@link CaseDecisions} (which
 * applies the override and second-approver rules) or, to defer, returns the case to the school
 * through {@link CaseWorkflow}. Only while the meeting is in session and quorate for the case, and
 * only by a member taking part (not recused). One transaction: a refusal anywhere saves nothing. What was
 * decided is the {@link DecisionView} casework returns; nothing is read back from casework's tables.
 */
@Service
@Transactional
public class PanelDecisions {

    private final PanelMeetingRepository meetings;
    private final AgendaItemRepository items;
    private final CaseQueries cases;
    private final CaseDecisions decisions;
    private final CaseWorkflow workflow;
    private final Participation participation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    PanelDecisions(PanelMeetingRepository meetings, AgendaItemRepository items, CaseQueries cases,
            CaseDecisions decisions, CaseWorkflow workflow, Participation participation,
            ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.tx = tx;
        this.meetings = meetings;
        this.items = items;
        this.cases = cases;
        this.decisions = decisions;
        this.workflow = workflow;
        this.participation = participation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a decision. {@code itemVersion} is the agenda case's version and {@code caseVersion}
     * the case's, as the recorder saw them; either changed since means a {@link Conflict}
     * (the meeting's or the case's), and nothing is saved. The agenda records the state the
     * decision left the case in (decided, awaiting approval, returned); the answer is the case's state once the
     * decision has committed, FUNDED when its agreement was made then.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CaseState record(long meetingId, long caseId, long itemVersion, long caseVersion, PanelDecision decision,
            SignedInUser user) {
        CaseState left = tx.execute(status -> recordInOneTransaction(meetingId, caseId, itemVersion, caseVersion,
                decision, user));
        // Once the decision has committed, casework has moved the case to FUNDED if its agreement was made.
        return left == CaseState.DECIDED ? state(caseId) : left;
    }

    private CaseState recordInOneTransaction(long meetingId, long caseId, long itemVersion, long caseVersion,
            PanelDecision decision, SignedInUser user) {
        PanelMeeting m = meetings.findSharedLocked(meetingId)
                .orElseThrow(() -> new NotFound("panels.notFound.meeting", meetingId));
        m.requireInSession("panels.refused.action.recordDecisionsAt");
        AgendaItem item = items.findByMeetingIdAndCaseId(meetingId, caseId)
                .orElseThrow(() -> new NotFound("panels.notFound.meeting", meetingId));
        if (item.getVersion() != itemVersion) {
            throw new Conflict("panels.conflict.meeting");
        }
        participation.requireTakingPart(m, item, user, "panels.refused.action.recordDecision");
        participation.requireQuorate(m, item);
        if (decision.outcome() == null) {
            throw new Refused("outcome", "panels.refused.outcomeMissing");
        }
        String by = user.getUsername();
        AgendaItem.Recorded recorded;
        if (decision.outcome() == PanelOutcome.DEFER) {
            workflow.returnForInformation(caseId, caseVersion, decision.writtenReason(), by);
            recorded = new AgendaItem.Recorded(PanelOutcome.DEFER.name(), null, null, "",
                    decision.writtenReason().strip(), null, false, false, state(caseId).name());
        } else {
            DecisionView d = decisions.decide(caseId, caseVersion, decision.toRequest(), by);
            recorded = new AgendaItem.Recorded(d.outcome().name(), d.band(), d.annualAmount(),
                    String.join(",", decision.reasonCodes()), decision.writtenReason().strip(),
                    d.override() ? decision.overrideReason().strip() : null, d.override(), d.needsApproval(),
                    state(caseId).name());
        }
        item.record(recorded, by, clock.instant());
        try {
            items.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new Conflict("panels.conflict.meeting");
        }
        events.publishEvent(new PanelEvents.DecisionRecorded(meetingId, caseId, recorded.outcome(), recorded.band(),
                recorded.caseStateAfter(), recorded.override(), recorded.needsApproval(), by));
        return CaseState.valueOf(recorded.caseStateAfter());
    }

    /** A SEND manager (not the recorder) approves the override the panel recorded; casework checks who and when. */
    public void approve(long meetingId, long caseId, long caseVersion, SignedInUser user) {
        items.findByMeetingIdAndCaseId(meetingId, caseId).orElseThrow(() -> new NotFound("panels.notFound.meeting", meetingId));
        decisions.approve(caseId, caseVersion, user.getUsername(), user.role());
    }

    private CaseState state(long caseId) {
        return cases.summary(caseId).orElseThrow().state();
    }
}
