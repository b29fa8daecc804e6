package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentState;
import uk.openband.assessment.AssessmentView;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.testsupport.WebTest;

/** The workflow and decisions against PostgreSQL: transitions, CHECK constraints, conflicts and the audit trail. */
@WebTest
class CaseWorkflowTest {

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    CaseDetail opened(java.util.Map<String, Integer> levels) {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, levels);
        return queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
    }

    CaseDetail reload(CaseDetail c) {
        return queries.detail(c.id()).orElseThrow();
    }

    static DecisionRequest agree() {
        return new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, null, null, null,
                LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports every level.",
                null);
    }

    @Test
    void triage_return_resubmit_and_a_delegated_decision_under_the_threshold() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        assertThat(c.summary().indicatedBand()).isEqualTo("3");
        assertThat(c.primaryNeed()).isEqualTo("SLD");
        workflow.assign(c.id(), c.version(), "officer");
        c = reload(c);
        assertThat(c.state()).isEqualTo(CaseState.IN_TRIAGE);
        assertThat(c.assignedOfficer()).isEqualTo("officer");

        workflow.returnForInformation(c.id(), c.version(), "Please send the speech and language report.", "officer");
        c = reload(c);
        assertThat(c.state()).isEqualTo(CaseState.INFO_REQUESTED);
        AssessmentView returned = assessments.get(PupilScope.allSettings(), c.summary().assessmentId());
        assertThat(returned.state()).isEqualTo(AssessmentState.RETURNED);

        PupilScope school = PupilScope.setting(returned.settingId());
        assessments.submit(school, returned.id(), returned.version(), "senco");
        c = reload(c);
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(c.assignedOfficer()).isEqualTo("officer");

        workflow.assign(c.id(), c.version(), "officer");
        c = reload(c);
        DecisionView made = decisions.decideUnderDelegation(c.id(), c.version(), agree(), "officer");
        c = reload(c);
        assertThat(c.state()).isEqualTo(CaseState.FUNDED);
        assertThat(made).as("the decision returned is the one the case holds")
                .usingRecursiveComparison().ignoringFields("decidedAt").isEqualTo(c.decision());
        assertThat(made.decidedAt()).isCloseTo(c.decision().decidedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(c.decision().band()).isEqualTo("3");
        assertThat(c.decision().annualAmount()).isEqualByComparingTo("5459.00");
        assertThat(c.decision().delegated()).isTrue();
        assertThat(c.decision().startDate()).isEqualTo(c.summary().firstSubmittedAt()
                .atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
        assertThat(c.timeline()).extracting(AuditEntry::action).containsSubsequence("CASE_OPENED", "CASE_ASSIGNED",
                "CASE_RETURNED_FOR_INFORMATION", "CASE_RESUBMITTED", "CASE_ASSIGNED", "CASE_DECIDED");
        assertThat(c.timeline()).filteredOn(e -> e.action().equals("CASE_DECIDED")).singleElement()
                .satisfies(e -> assertThat(e.detailsJson()).contains("\"band\": \"3\"").doesNotContain("Case Work"));
    }

    @Test
    void delegation_above_the_threshold_is_refused_and_nothing_is_written() {
        CaseDetail c = opened(CaseFixtures.BAND_4);
        workflow.assign(c.id(), c.version(), "officer");
        CaseDetail triage = reload(c);
        assertThatThrownBy(() -> decisions.decideUnderDelegation(triage.id(), triage.version(), agree(), "officer"))
                .isInstanceOf(CaseActionRefusedException.class)
                .hasMessageContaining("£8446.00 is above the delegated limit of £6000.00");
        CaseDetail after = reload(c);
        assertThat(after.state()).isEqualTo(CaseState.IN_TRIAGE);
        assertThat(after.version()).isEqualTo(triage.version());
        assertThat(after.decisions()).isEmpty();
    }

    @Test
    void an_override_beyond_the_limits_waits_for_another_manager() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        workflow.assign(c.id(), c.version(), "manager");
        workflow.listForPanel(c.id(), reload(c).version());
        c = reload(c);
        DecisionRequest twoBandsUp = new DecisionRequest(DecisionOutcome.AGREE_DIFFERENT, "5", null,
                StartPolicy.DECISION, null, 3, LocalDate.of(2027, 12, 1), List.of("MODERATED_LEVELS"),
                "The panel found the needs higher than indicated.", "Observation shows level 3 in SEMH");
        DecisionView made = decisions.decide(c.id(), c.version(), twoBandsUp, "manager");
        CaseDetail waiting = reload(c);
        assertThat(waiting.state()).isEqualTo(CaseState.AWAITING_APPROVAL);
        assertThat(waiting.decision().needsApproval()).isTrue();
        assertThat(made.awaitingApproval()).isTrue();
        assertThat(made).usingRecursiveComparison().ignoringFields("decidedAt").isEqualTo(waiting.decision());

        assertThatThrownBy(() -> decisions.approve(waiting.id(), waiting.version(), "manager", Role.SEND_MANAGER))
                .isInstanceOf(CaseActionRefusedException.class)
                .hasMessage("You recorded this override, so you cannot approve it. Another SEND manager must.");
        assertThatThrownBy(() -> decisions.approve(waiting.id(), waiting.version(), "officer", Role.CASE_OFFICER))
                .hasMessage("Only a SEND manager can approve or refuse an override");
        decisions.approve(waiting.id(), waiting.version(), "manager2", Role.SEND_MANAGER);
        CaseDetail decided = reload(c);
        assertThat(decided.state()).isEqualTo(CaseState.FUNDED);
        assertThat(decided.decision().approvedBy()).isEqualTo("manager2");
        assertThat(decided.decision().annualAmount()).isEqualByComparingTo("12103.00");
        assertThat(decided.decision().endDate()).isEqualTo(decided.decision().startDate().plusMonths(12).minusDays(1));
    }

    @Test
    void deciding_a_withdrawn_case_is_refused() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        assertThatThrownBy(() -> workflow.withdraw(c.id(), c.version(), " "))
                .hasMessage("Enter why the case is withdrawn");
        workflow.withdraw(c.id(), c.version(), "The pupil has moved out of the area.");
        CaseDetail w = reload(c);
        assertThat(w.withdrawnReason()).isEqualTo("The pupil has moved out of the area.");
        assertThatThrownBy(() -> decisions.decide(w.id(), w.version(), agree(), "officer"))
                .isInstanceOf(CaseActionRefusedException.class)
                .hasMessage("You cannot record a decision on a case that is withdrawn.");
    }

    @Test
    void a_stale_version_is_told_the_case_changed() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        workflow.assign(c.id(), c.version(), "officer");
        assertThatThrownBy(() -> workflow.assign(c.id(), c.version(), "manager"))
                .isInstanceOf(CaseChangedException.class)
                .hasMessageContaining("Someone else changed this case");
        assertThat(reload(c).assignedOfficer()).isEqualTo("officer");
    }

    @Test
    void two_officers_at_once_one_succeeds_and_the_other_is_told() throws Exception {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = List.of("officer", "manager").stream().map(who -> pool.submit(() -> {
                start.await();
                try {
                    workflow.assign(c.id(), c.version(), who);
                    return "ok";
                } catch (CaseChangedException e) {
                    return "changed";
                }
            })).toList();
            start.countDown();
            List<String> outcomes = List.of(results.get(0).get(), results.get(1).get());
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "changed");
        } finally {
            pool.shutdown();
        }
        CaseDetail after = reload(c);
        assertThat(after.version()).isEqualTo(c.version() + 1);
        assertThat(after.timeline()).filteredOn(e -> e.action().equals("CASE_ASSIGNED")).hasSize(1);
    }

    @Test
    void the_database_refuses_a_decided_case_without_a_decision_and_a_withdrawal_without_a_reason() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        assertThatThrownBy(() -> jdbc.update("UPDATE funding_case SET state = 'DECIDED' WHERE id = ?", c.id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("funding_case_decided_has_decision");
        assertThatThrownBy(() -> jdbc.update("UPDATE funding_case SET state = 'WITHDRAWN' WHERE id = ?", c.id()))
                .hasMessageContaining("funding_case_withdrawn_has_reason");
        assertThatThrownBy(() -> jdbc.update("UPDATE funding_case SET state = 'INFO_REQUESTED', "
                + "assigned_officer = 'officer' WHERE id = ?", c.id()))
                .hasMessageContaining("funding_case_info_request_has_message");
        String insert = "INSERT INTO case_decision (case_id, outcome, band, annual_amount, start_date, end_date, "
                + "review_date, start_policy, written_reason, override, override_reason, delegated, needs_approval, "
                + "status, decided_by, decided_at, approved_by) VALUES (?, ?, ?, ?, DATE '2027-01-01', DATE '2027-12-31', "
                + "DATE '2027-12-31', 'CHOSEN', ?, ?, ?, false, ?, ?, 'officer', now(), ?)";
        assertThatThrownBy(() -> jdbc.update(insert, c.id(), "AGREE_INDICATED", "3", null, "Reason", false, null,
                false, "IN_FORCE", null)).hasMessageContaining("case_decision_amount_unless_declined");
        assertThatThrownBy(() -> jdbc.update(insert, c.id(), "AGREE_DIFFERENT", "4", 8446, "Reason", true, null,
                false, "IN_FORCE", null)).hasMessageContaining("case_decision_override_reason");
        assertThatThrownBy(() -> jdbc.update(insert, c.id(), "AGREE_DIFFERENT", "5", 12103, "Reason", true, "Why",
                true, "IN_FORCE", "officer")).hasMessageContaining("case_decision_approved_by_another");
        assertThatThrownBy(() -> jdbc.update(insert, c.id(), "AGREE_DIFFERENT", "5", 12103, "Reason", true, "Why",
                true, "IN_FORCE", null)).hasMessageContaining("case_decision_in_force_approved");
        assertThatThrownBy(() -> jdbc.update(insert, c.id(), "DECLINE", null, null, " ", true, "Why",
                false, "IN_FORCE", null)).hasMessageContaining("case_decision_reason_given");
    }
}
