package uk.openband.casework;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.casework.internal.CaseNotifier;
import uk.openband.casework.internal.FundingCase;
import uk.openband.casework.internal.FundingCaseRepository;
import uk.openband.identity.Role;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;

/**
 * Moves cases through triage: assign, return to the school for information, list for a panel,
 * withdraw. Every action carries the version the caller read; a case changed since is refused
 * with {@link CaseChangedException} and nothing is written.
 */
@Service
@Transactional
public class CaseWorkflow {

    private final FundingCaseRepository cases;
    private final AssessmentManagement assessments;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final CaseNotifier notifier;
    private final Clock clock;

    CaseWorkflow(FundingCaseRepository cases, AssessmentManagement assessments, UserManagement users,
            ApplicationEventPublisher events, CaseNotifier notifier, Clock clock) {
        this.notifier = notifier;
        this.cases = cases;
        this.assessments = assessments;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Assigns the case to an officer (a case officer or SEND manager); from the queue or during triage. */
    public void assign(long caseId, long expectedVersion, String officer) {
        FundingCase c = load(caseId, expectedVersion);
        UserView to = officer == null ? null : users.findByUsername(officer.strip())
                .filter(u -> u.enabled() && (u.role() == Role.CASE_OFFICER || u.role() == Role.SEND_MANAGER))
                .orElse(null);
        if (to == null) {
            throw new CaseActionRefusedException("officer", "Choose a case officer or SEND manager to assign the case to");
        }
        String from = c.getState().name();
        String previous = c.getAssignedOfficer();
        c.assign(to.username());
        save(c);
        events.publishEvent(new CaseEvents.Transition(caseId, "CASE_ASSIGNED", from, c.getState().name(),
                previous == null ? Map.of("officer", to.username())
                        : Map.of("officer", to.username(), "previousOfficer", previous)));
    }

    /** Returns the case to the school with a message; the assessment becomes editable again. */
    public void returnForInformation(long caseId, long expectedVersion, String message, String by) {
        FundingCase c = load(caseId, expectedVersion);
        String from = c.getState().name();
        c.returnForInformation(message, clock.instant());
        save(c);
        assessments.returnForInformation(c.getAssessmentId(), by);
        events.publishEvent(new CaseEvents.Transition(caseId, "CASE_RETURNED_FOR_INFORMATION", from,
                c.getState().name(), Map.of("assessmentId", c.getAssessmentId())));
        notifier.returnedForInformation(c);
    }

    public void listForPanel(long caseId, long expectedVersion) {
        FundingCase c = load(caseId, expectedVersion);
        String from = c.getState().name();
        c.listForPanel();
        save(c);
        events.publishEvent(new CaseEvents.Transition(caseId, "CASE_LISTED_FOR_PANEL", from, c.getState().name(),
                Map.of()));
    }

    public void withdraw(long caseId, long expectedVersion, String reason) {
        FundingCase c = load(caseId, expectedVersion);
        String from = c.getState().name();
        c.withdraw(reason);
        save(c);
        events.publishEvent(new CaseEvents.Transition(caseId, "CASE_WITHDRAWN", from, c.getState().name(), Map.of()));
    }

    private FundingCase load(long caseId, long expectedVersion) {
        FundingCase c = cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        if (c.getVersion() != expectedVersion) {
            throw new CaseChangedException(caseId);
        }
        return c;
    }

    private void save(FundingCase c) {
        try {
            cases.saveAndFlush(c);
        } catch (OptimisticLockingFailureException e) {
            throw new CaseChangedException(c.getId());
        }
    }
}
