package uk.openband.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;
import uk.openband.assessment.AssessmentEvents;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseEvents;
import uk.openband.platform.Refused;
import uk.openband.casework.CaseState;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.StartPolicy;

/** Every transition of the case aggregate from every state: the legal ones move it, the rest are refused in words. */
class FundingCaseTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final BigDecimal THRESHOLD = new BigDecimal("6000.00");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ZoneId ZONE = ZoneOffset.UTC;

    static FundingCase caseIn(CaseState state, String amount) {
        FundingCase c = FundingCase.open(new AssessmentEvents.Submitted(1L, "OB-2026-000001", 2L, 3L,
                Purpose.NEW_REQUEST, new BigDecimal("25"), "3", new BigDecimal(amount), false, "f", "1", "b", "1",
                LocalDate.of(2027, 1, 4), NOW, "senco"), "MLD");
        ReflectionTestUtils.setField(c, "id", 41L); // as saved: the events its transitions register name it
        switch (state) {
            case SUBMITTED -> { }
            case IN_TRIAGE -> c.assign("officer");
            case INFO_REQUESTED -> { c.assign("officer"); c.returnForInformation("Send the EP report", NOW); }
            case AT_PANEL -> { c.assign("officer"); c.listForPanel(); }
            case AWAITING_APPROVAL -> { c.assign("officer"); c.listForPanel(); c.decide(decision(true), ZONE); }
            case DECIDED -> { c.assign("officer"); c.decideUnderDelegation(decision(false), THRESHOLD, ZONE); }
            case FUNDED -> { c.assign("officer"); c.decideUnderDelegation(decision(false), THRESHOLD, ZONE);
                c.markFunded(); }
            case DISPUTED -> { c.assign("officer"); c.decideUnderDelegation(decision(false), THRESHOLD, ZONE);
                c.dispute("The evidence shows more need", "senco", NOW, TODAY, TODAY, 28); }
            case WITHDRAWN -> c.withdraw("Pupil left the school");
            default -> throw new IllegalArgumentException("not reachable here yet: " + state);
        }
        assertThat(c.getState()).isEqualTo(state);
        return c;
    }

    static CaseDecision decision(boolean needsApproval) {
        CaseDecision d = new CaseDecision(1L, new CaseDecision.Terms(needsApproval ? DecisionOutcome.AGREE_DIFFERENT
                : DecisionOutcome.AGREE_INDICATED, needsApproval ? "5" : "3", new BigDecimal("5459.00"),
                StartPolicy.SUBMISSION, LocalDate.of(2026, 11, 23), null, LocalDate.of(2027, 11, 22),
                LocalDate.of(2027, 11, 22), List.of("EVIDENCE_SUPPORTS_LEVELS"), "Agreed", needsApproval,
                needsApproval ? "Evidence shows more need" : null, needsApproval), false, "officer", NOW);
        ReflectionTestUtils.setField(d, "id", 51L);
        return d;
    }

    static final EnumSet<CaseState> REACHABLE = EnumSet.of(CaseState.SUBMITTED, CaseState.IN_TRIAGE,
            CaseState.INFO_REQUESTED, CaseState.AT_PANEL, CaseState.AWAITING_APPROVAL, CaseState.DECIDED,
            CaseState.FUNDED, CaseState.DISPUTED, CaseState.WITHDRAWN);

    private static void onlyFrom(EnumSet<CaseState> legal, Consumer<FundingCase> action, CaseState to) {
        for (CaseState from : REACHABLE) {
            FundingCase c = caseIn(from, "5459.00");
            if (legal.contains(from)) {
                action.accept(c);
                assertThat(c.getState()).as("from " + from).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> action.accept(c)).as("from " + from)
                        .isInstanceOf(Refused.class)
                        .hasMessageStartingWith("You cannot ")
                        .hasMessageContaining(from.label().toLowerCase(java.util.Locale.ROOT))
                        .satisfies(e -> assertThat(((Refused) e).isState()).isTrue());
                assertThat(c.getState()).isEqualTo(from);
            }
        }
    }

    @Test
    void assign_from_the_queue_or_reassign_in_triage_only() {
        onlyFrom(EnumSet.of(CaseState.SUBMITTED, CaseState.IN_TRIAGE), c -> c.assign("officer2"), CaseState.IN_TRIAGE);
        FundingCase c = caseIn(CaseState.IN_TRIAGE, "5459.00");
        c.assign("manager");
        assertThat(c.getAssignedOfficer()).isEqualTo("manager");
    }

    @Test
    void assign_needs_an_officer() {
        assertThatThrownBy(() -> caseIn(CaseState.SUBMITTED, "5459.00").assign(" "))
                .isInstanceOf(Refused.class).hasMessage("Choose the officer to assign the case to");
    }

    @Test
    void return_for_information_only_in_triage_or_at_panel_and_with_a_message() {
        onlyFrom(EnumSet.of(CaseState.IN_TRIAGE, CaseState.AT_PANEL), c -> c.returnForInformation("Please send the EP report", NOW),
                CaseState.INFO_REQUESTED);
        FundingCase c = caseIn(CaseState.IN_TRIAGE, "5459.00");
        assertThatThrownBy(() -> c.returnForInformation("  ", NOW)).isInstanceOf(Refused.class)
                .hasMessage("Enter the information you need from the school");
        assertThatThrownBy(() -> c.returnForInformation("x".repeat(4001), NOW))
                .hasMessage("The message must be 4000 characters or fewer");
        assertThat(c.getState()).isEqualTo(CaseState.IN_TRIAGE);
        c.returnForInformation("  Send the EP report ", NOW);
        assertThat(c.getInfoRequestMessage()).isEqualTo("Send the EP report");
        assertThat(c.getInfoRequestedAt()).isEqualTo(NOW);
    }

    @Test
    void list_for_panel_only_in_triage_or_when_disputed() {
        onlyFrom(EnumSet.of(CaseState.IN_TRIAGE, CaseState.DISPUTED), FundingCase::listForPanel, CaseState.AT_PANEL);
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"SUBMITTED", "IN_TRIAGE", "INFO_REQUESTED", "AT_PANEL",
            "AWAITING_APPROVAL", "DISPUTED"})
    void open_states_are_withdrawable(CaseState state) {
        assertThat(state.open()).isTrue();
    }

    @Test
    void withdraw_from_any_open_state_with_a_reason() {
        onlyFrom(EnumSet.of(CaseState.SUBMITTED, CaseState.IN_TRIAGE, CaseState.INFO_REQUESTED, CaseState.AT_PANEL,
                CaseState.AWAITING_APPROVAL, CaseState.DISPUTED), c -> c.withdraw("School asked"), CaseState.WITHDRAWN);
        FundingCase c = caseIn(CaseState.IN_TRIAGE, "5459.00");
        assertThatThrownBy(() -> c.withdraw(null)).hasMessage("Enter why the case is withdrawn");
        assertThat(c.getState()).isEqualTo(CaseState.IN_TRIAGE);
    }

    @Test
    void deciding_a_withdrawn_case_is_refused_in_words() {
        FundingCase c = caseIn(CaseState.WITHDRAWN, "5459.00");
        assertThatThrownBy(() -> c.decideUnderDelegation(decision(false), THRESHOLD, ZONE))
                .isInstanceOf(Refused.class)
                .hasMessage("You cannot decide under delegation a case that is withdrawn.");
        assertThatThrownBy(() -> c.decide(decision(false), ZONE))
                .hasMessage("You cannot record a decision on a case that is withdrawn.");
    }

    @Test
    void delegated_decision_only_in_triage() {
        onlyFrom(EnumSet.of(CaseState.IN_TRIAGE), c -> c.decideUnderDelegation(decision(false), THRESHOLD, ZONE),
                CaseState.DECIDED);
    }

    @Test
    void delegated_decision_at_the_threshold_is_allowed_and_above_it_refused() {
        FundingCase at = caseIn(CaseState.IN_TRIAGE, "6000.00");
        at.decideUnderDelegation(decision(false), THRESHOLD, ZONE);
        assertThat(at.getState()).isEqualTo(CaseState.DECIDED);

        FundingCase above = caseIn(CaseState.IN_TRIAGE, "6000.01");
        assertThatThrownBy(() -> above.decideUnderDelegation(decision(false), THRESHOLD, ZONE))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("£6000.01 is above the delegated limit of £6000.00");
        assertThat(above.getState()).isEqualTo(CaseState.IN_TRIAGE);
    }

    @Test
    void delegation_only_agrees_the_indicated_band() {
        FundingCase c = caseIn(CaseState.IN_TRIAGE, "5459.00");
        assertThatThrownBy(() -> c.decideUnderDelegation(decision(true), THRESHOLD, ZONE))
                .hasMessageContaining("you can only agree the indicated band (3)");
    }

    @Test
    void panel_decision_only_at_panel_and_an_override_waits_for_approval() {
        onlyFrom(EnumSet.of(CaseState.AT_PANEL), c -> c.decide(decision(false), ZONE), CaseState.DECIDED);
        onlyFrom(EnumSet.of(CaseState.AT_PANEL), c -> c.decide(decision(true), ZONE), CaseState.AWAITING_APPROVAL);
    }

    @Test
    void approval_by_another_person_decides_and_your_own_is_refused() {
        onlyFrom(EnumSet.of(CaseState.AWAITING_APPROVAL), c -> c.approve(decision(true), "manager", NOW, ZONE),
                CaseState.DECIDED);
        FundingCase c = caseIn(CaseState.AWAITING_APPROVAL, "5459.00");
        CaseDecision own = decision(true);
        assertThatThrownBy(() -> c.approve(own, "officer", NOW, ZONE)).isInstanceOf(Refused.class)
                .hasMessage("You recorded this override, so you cannot approve it. Another SEND manager must.");
        assertThat(c.getState()).isEqualTo(CaseState.AWAITING_APPROVAL);
        assertThat(own.getStatus()).isEqualTo(CaseDecision.Status.AWAITING_APPROVAL);
    }

    @Test
    void refusing_an_override_sends_the_case_back_to_panel() {
        onlyFrom(EnumSet.of(CaseState.AWAITING_APPROVAL), c -> c.refuseApproval(decision(true), "manager",
                "Not enough evidence for two bands", NOW), CaseState.AT_PANEL);
        FundingCase c = caseIn(CaseState.AWAITING_APPROVAL, "5459.00");
        CaseDecision d = decision(true);
        assertThatThrownBy(() -> c.refuseApproval(d, "manager", "", NOW)).hasMessage("Enter why you refuse this override");
        c.refuseApproval(d, "manager", "Not enough evidence", NOW);
        assertThat(d.getStatus()).isEqualTo(CaseDecision.Status.REFUSED);
        assertThat(c.getDecisionId()).isNull();
    }

    @Test
    void dispute_only_a_decided_case_within_the_window_and_with_reasons() {
        onlyFrom(EnumSet.of(CaseState.DECIDED, CaseState.FUNDED),
                c -> c.dispute("More need", "senco", NOW, TODAY, TODAY, 28), CaseState.DISPUTED);
        FundingCase onLastDay = caseIn(CaseState.DECIDED, "5459.00");
        onLastDay.dispute("  More need  ", "senco", NOW, TODAY.minusDays(28), TODAY, 28);
        assertThat(onLastDay.getState()).isEqualTo(CaseState.DISPUTED);
        assertThat(onLastDay.getDisputeReason()).isEqualTo("More need");
        assertThat(onLastDay.getDisputedBy()).isEqualTo("senco");

        FundingCase late = caseIn(CaseState.DECIDED, "5459.00");
        assertThatThrownBy(() -> late.dispute("More need", "senco", NOW, TODAY.minusDays(29), TODAY, 28))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.isState()).isTrue())
                .hasMessage("The time to dispute this decision ended on 22 November 2026, 28 days after the decision. "
                        + "Contact the local authority's SEND team.");
        assertThatThrownBy(() -> late.dispute(" ", "senco", NOW, TODAY, TODAY, 28))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(late.getState()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void only_a_decided_or_funded_case_becomes_due_for_review() {
        onlyFrom(EnumSet.of(CaseState.DECIDED, CaseState.FUNDED), FundingCase::markReviewDue, CaseState.REVIEW_DUE);
    }

    @Test
    void each_transition_registers_its_typed_event_from_the_state_it_left() {
        FundingCase c = caseIn(CaseState.SUBMITTED, "5459.00");
        c.assign("officer");
        c.assign("manager");
        c.listForPanel();
        c.decide(decision(true), ZONE);
        c.approve(decision(true), "manager", NOW, ZONE);
        c.markFunded();
        c.dispute("More need", "senco", NOW, TODAY, TODAY, 28);
        c.listDisputedForPanel(7L);

        List<Object> events = c.registeredEvents();
        assertThat(events).extracting(e -> ((CaseEvents.CaseEvent) e).action()).containsExactly("CASE_ASSIGNED",
                "CASE_ASSIGNED", "CASE_LISTED_FOR_PANEL", "CASE_OVERRIDE_AWAITING_APPROVAL", "CASE_OVERRIDE_APPROVED",
                "CASE_DECIDED", "CASE_FUNDED", "CASE_DISPUTED", "CASE_LISTED_FOR_PANEL");
        assertThat(events).allSatisfy(e -> assertThat(((CaseEvents.CaseEvent) e).subjectId()).isEqualTo("41"));
        assertThat(events.get(0)).isEqualTo(new CaseEvents.CaseAssigned(41L, "SUBMITTED", "IN_TRIAGE", "officer", null));
        assertThat(((CaseEvents.CaseEvent) events.get(1)).details()).containsEntry("previousOfficer", "officer")
                .containsEntry("from", "IN_TRIAGE").containsEntry("to", "IN_TRIAGE");
        assertThat(((CaseEvents.CaseEvent) events.get(3)).details()).containsEntry("decisionId", 51L)
                .containsEntry("band", "5").containsEntry("annualAmount", "5459.00")
                .containsEntry("from", "AT_PANEL").containsEntry("to", "AWAITING_APPROVAL");
        assertThat(events.get(5)).isInstanceOfSatisfying(CaseEvents.CaseDecided.class, d -> {
            assertThat(d.decisionId()).isEqualTo(51L);
            assertThat(d.decidedBy()).isEqualTo("manager");
            assertThat(d.decisionDate()).isEqualTo(TODAY);
            assertThat(d.bandingKey() + " " + d.bandingVersion()).isEqualTo("b 1");
        });
        assertThat(events.get(6)).isEqualTo(new CaseEvents.CaseFunded(41L, "DECIDED", "FUNDED", 51L));
        assertThat(events.get(7)).isEqualTo(new CaseEvents.CaseDisputed(41L, "FUNDED", "DISPUTED", 51L));
        assertThat(events.get(8)).isEqualTo(new CaseEvents.ListedAfterDispute(41L, 7L));
    }

    @Test
    void a_refused_transition_registers_no_event() {
        FundingCase c = caseIn(CaseState.WITHDRAWN, "5459.00");
        int before = c.registeredEvents().size();
        assertThatThrownBy(() -> c.assign("officer")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> c.markFunded()).isInstanceOf(Refused.class);
        assertThat(c.registeredEvents()).hasSize(before);
    }

    @Test
    void only_a_decided_case_becomes_funded() {
        onlyFrom(EnumSet.of(CaseState.DECIDED), FundingCase::markFunded, CaseState.FUNDED);
    }

    @Test
    void the_due_date_that_applies_follows_the_stage() {
        LocalDate triage = LocalDate.of(2026, 11, 30);
        LocalDate decision = LocalDate.of(2027, 1, 4);
        for (CaseState state : REACHABLE) {
            FundingCase c = caseIn(state, "5459.00");
            c.scheduleDue(triage, decision);
            LocalDate expected = switch (state) {
                case SUBMITTED -> triage;
                case IN_TRIAGE, AT_PANEL, AWAITING_APPROVAL -> decision;
                default -> null;
            };
            assertThat(c.currentDueDate()).as(state.name()).isEqualTo(expected);
        }
        assertThatThrownBy(() -> caseIn(CaseState.SUBMITTED, "5459.00").scheduleDue(triage, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
