package uk.openband.casework;

import uk.openband.platform.Conflict;
import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.casework.internal.CaseDecision;
import uk.openband.casework.internal.CaseDecisionRepository;
import uk.openband.casework.internal.CaseNotifier;
import uk.openband.casework.internal.FundingCase;
import uk.openband.casework.internal.FundingCaseRepository;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;

/**
 * Moves cases through triage: assign, return to the school for information, list for a panel,
 * withdraw. Every action carries the version the caller read; a case changed since is refused
 * with a {@link Conflict} and nothing is written.
 */
@Service
@Transactional
public class CaseWorkflow {

    private final FundingCaseRepository cases;
    private final AssessmentManagement assessments;
    private final UserManagement users;
    private final CaseNotifier notifier;
    private final Clock clock;
    private final CaseDecisionRepository decisions;
    private final int disputeWindowDays;

    CaseWorkflow(FundingCaseRepository cases, AssessmentManagement assessments, UserManagement users,
            CaseNotifier notifier, Clock clock, CaseDecisionRepository decisions,
            @Value("${openband.casework.dispute-window-days:28}") int disputeWindowDays) {
        this.notifier = notifier;
        this.decisions = decisions;
        this.disputeWindowDays = disputeWindowDays;
        this.cases = cases;
        this.assessments = assessments;
        this.users = users;
        this.clock = clock;
    }

    /** Assigns the case to an officer (a case officer or SEND manager); from the queue or during triage. */
    public void assign(long caseId, long expectedVersion, String officer) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        UserView to = officer == null ? null : users.findByUsername(officer.strip())
                .filter(u -> u.enabled() && (u.role() == Role.CASE_OFFICER || u.role() == Role.SEND_MANAGER))
                .orElse(null);
        if (to == null) {
            throw new Refused("officer", "casework.refused.officerNotStaff");
        }
        c.assign(to.username());
        cases.saveChecked(c);
    }

    /** Returns the case to the school with a message; the assessment becomes editable again. */
    public void returnForInformation(long caseId, long expectedVersion, String message, String by) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        c.returnForInformation(message, clock.instant());
        cases.saveChecked(c);
        assessments.returnForInformation(c.getAssessmentId(), by);
        notifier.returnedForInformation(c);
    }

    public void listForPanel(long caseId, long expectedVersion) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        c.listForPanel();
        cases.saveChecked(c);
    }

    /**
     * Lists a disputed case for the panel meeting it is joining ({@code meetingId} on {@code meetingDate});
     * done by OpenBand, not a person, so the audit line names the system. The case's officer (every case
     * officer while nobody is assigned) and the meeting's chair are told. Refused unless the case is disputed.
     */
    public void listDisputedForPanel(long caseId, long expectedVersion, long meetingId, java.time.LocalDate meetingDate,
            String chair) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        if (c.getState() != CaseState.DISPUTED) {
            throw Refused.state("state", "casework.refused.notDisputed", c.getReference());
        }
        c.listDisputedForPanel(meetingId);
        cases.saveChecked(c);
        notifier.disputeReceived(c, meetingDate, chair);
    }

    /** Tells the officer that a case was disputed while no panel meeting is planned: it waits for the next one. */
    public void disputeAwaitsMeeting(long caseId) {
        FundingCase c = cases.get(caseId);
        if (c.getState() == CaseState.DISPUTED) {
            notifier.disputeReceived(c, null, null);
        }
    }

    public void withdraw(long caseId, long expectedVersion, String reason) {
        FundingCase c = cases.atVersion(caseId, expectedVersion);
        c.withdraw(reason);
        cases.saveChecked(c);
    }

    /** Calendar days after a decision in which the school may dispute it. */
    public int disputeWindowDays() {
        return disputeWindowDays;
    }

    /**
     * The school's SENCO disputes the decision in force within the window; the case goes to
     * DISPUTED and the officer is told. Once this commits, the panels module puts the case on the
     * agenda of the next planned meeting (or of the next meeting planned). Another setting's SENCO
     * is told there is no such case.
     */
    public void dispute(long caseId, long expectedVersion, String reason, SignedInUser by) {
        FundingCase c = cases.get(caseId);
        if (by.role() != Role.SENCO || by.settingId() == null || by.settingId() != c.getSettingId()) {
            throw new NotFound("casework.notFound.case", caseId);
        }
        c = cases.atVersion(caseId, expectedVersion);
        CaseDecision d = c.getDecisionId() == null ? null : decisions.findById(c.getDecisionId()).orElse(null);
        if (d == null) {
            throw Refused.state("state", "casework.refused.state.dispute",
                    c.getState().label().toLowerCase(java.util.Locale.ROOT));
        }
        c.dispute(reason, by.getUsername(), clock.instant(), decisionDay(d), java.time.LocalDate.now(clock),
                disputeWindowDays);
        cases.saveChecked(c);
    }

    /** The day a decision came into force: its approval when it needed one, otherwise when it was recorded. */
    public java.time.LocalDate decisionDay(CaseDecision d) {
        java.time.Instant at = d.getApprovedAt() != null ? d.getApprovedAt() : d.getDecidedAt();
        return java.time.LocalDate.ofInstant(at, clock.getZone());
    }
}
