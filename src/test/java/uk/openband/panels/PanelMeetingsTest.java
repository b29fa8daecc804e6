package uk.openband.panels;

import uk.openband.platform.Conflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.platform.Refused;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseState;
import uk.openband.casework.StartPolicy;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.WebTest;

/** Panel meetings against real PostgreSQL: state rules, recusal, moderation, decisions, overrides, closing. */
@WebTest
class PanelMeetingsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PanelMeetings meetings;

    @Autowired
    PanelModeration moderation;

    @Autowired
    PanelDecisions decisions;

    @Autowired
    CaseDecisions caseDecisions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    PanelFixtures fixtures;
    SignedInUser chair;
    SignedInUser second;
    SignedInUser third;
    SignedInUser officer;
    SignedInUser manager;

    @BeforeEach
    void people() {
        fixtures = new PanelFixtures(context);
        chair = fixtures.panelMember();
        second = fixtures.panelMember();
        third = fixtures.panelMember();
        officer = fixtures.user("officer");
        manager = fixtures.user("manager");
    }

    long meeting(SignedInUser... members) {
        return meetings.create(LocalDate.now(clock), chair.getUsername(),
                java.util.Arrays.stream(members).map(SignedInUser::getUsername).toList(), "officer");
    }

    long version(long meetingId) {
        return meetings.get(meetingId).version();
    }

    AgendaCaseView item(long meetingId, long caseId) {
        return meetings.get(meetingId).agenda().stream().filter(a -> a.caseId() == caseId).findFirst().orElseThrow();
    }

    long inSession(PanelFixtures.AtPanel c) {
        long id = meeting(chair, second, third);
        meetings.addCase(id, version(id), c.reference(), "officer");
        meetings.start(id, version(id), officer);
        return id;
    }

    PanelDecision decision(PanelOutcome outcome, String band, String overrideReason) {
        return new PanelDecision(outcome, band, null, StartPolicy.SUBMISSION, null, null,
                LocalDate.now(clock).plusYears(1), List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports it.",
                overrideReason);
    }

    CaseState record(long meetingId, PanelFixtures.AtPanel c, SignedInUser by, PanelDecision d) {
        AgendaCaseView item = item(meetingId, c.caseId());
        return decisions.record(meetingId, c.caseId(), item.version(), fixtures.caseVersion(c.caseId()), d, by);
    }

    @Test
    void a_meeting_needs_a_date_a_chair_from_the_panel_and_a_quorum_of_members() {
        assertThatThrownBy(() -> meetings.create(null, "officer", List.of(second.getUsername()), "officer"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problems())
                        .extracting(Refused.Problem::field).containsExactly("date", "chair", "members"));
        assertThatThrownBy(() -> meetings.create(LocalDate.now(clock).minusDays(1), chair.getUsername(),
                List.of(second.getUsername(), third.getUsername()), "officer"))
                .hasMessage("The date of the meeting must be today or later");
        assertThatThrownBy(() -> meetings.create(LocalDate.now(clock), chair.getUsername(),
                List.of(second.getUsername()), "officer"))
                .hasMessage("Choose at least 3 members, including the chair: the quorum is 3");

        long id = meeting(second, third);
        MeetingView m = meetings.get(id);
        assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(m.quorum()).isEqualTo(3);
        assertThat(m.members()).extracting(MeetingView.Member::username)
                .containsExactlyInAnyOrder(chair.getUsername(), second.getUsername(), third.getUsername());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PANEL_MEETING_CREATED' "
                + "AND subject_id = ?", Integer.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void status_moves_planned_to_in_session_to_closed_and_no_other_way() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = meeting(second, third);
        assertThatThrownBy(() -> meetings.start(id, version(id), officer))
                .hasMessage("Add at least one case to the agenda before the meeting starts");
        assertThatThrownBy(() -> meetings.close(id, version(id), officer))
                .hasMessage("You cannot close a meeting that is planned.");
        meetings.addCase(id, version(id), c.reference(), "officer");
        assertThatThrownBy(() -> meetings.start(id, version(id), second))
                .hasMessage("Only the chair, a case officer or a SEND manager can start the meeting");
        long stale = version(id);
        meetings.start(id, stale, chair);
        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.IN_SESSION);
        assertThatThrownBy(() -> meetings.close(id, stale, officer)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> meetings.start(id, version(id), officer))
                .hasMessage("You cannot start a meeting that is in session.");
        meetings.close(id, version(id), officer);
        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.CLOSED);
        assertThatThrownBy(() -> meetings.addCase(id, version(id), c.reference(), "officer"))
                .hasMessage("You cannot add cases to a meeting that is closed.");
    }

    @Test
    void only_cases_at_panel_and_not_on_another_open_agenda_can_be_added() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long first = meeting(second, third);
        long other = meeting(second, third);
        assertThatThrownBy(() -> meetings.addCase(first, version(first), "OB-NOPE", "officer"))
                .hasMessage("There is no case with the reference OB-NOPE");
        assertThat(meetings.casesWaiting()).extracting(r -> r.reference()).contains(c.reference());
        meetings.addCase(first, version(first), c.reference(), "officer");
        assertThat(meetings.casesWaiting()).extracting(r -> r.reference()).doesNotContain(c.reference());
        assertThatThrownBy(() -> meetings.addCase(other, version(other), c.reference(), "officer"))
                .hasMessage("Case " + c.reference() + " is already on the agenda of a meeting that has not closed");
        assertThat(meetings.get(other).agenda()).isEmpty();
    }

    @Test
    void a_member_linked_to_the_pupils_setting_is_recused_and_cannot_record_the_decision() {
        PanelFixtures.AtPanel hillside = fixtures.caseAtPanel("100002");
        PanelFixtures.AtPanel brookfield = fixtures.caseAtPanel("100001");
        SignedInUser fourth = fixtures.panelMember();
        long id = meeting(second, third, fourth);
        meetings.link(id, version(id), second.getUsername(), "100002", "officer");
        meetings.addCase(id, version(id), hillside.reference(), "officer");
        meetings.addCase(id, version(id), brookfield.reference(), "officer");
        meetings.start(id, version(id), officer);

        AgendaCaseView recusedCase = item(id, hillside.caseId());
        assertThat(recusedCase.recused()).extracting(AgendaCaseView.Recused::username).containsExactly(second.getUsername());
        assertThat(recusedCase.takingPart()).isEqualTo(3);
        assertThat(item(id, brookfield.caseId()).recused()).isEmpty();

        assertThatThrownBy(() -> record(id, hillside, second, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .isInstanceOf(Refused.class)
                .hasMessage("You are recused from case " + hillside.reference() + " because you are linked to the "
                        + "pupil's setting, so you cannot record the decision on this case");
        assertThat(fixtures.caseState(hillside.caseId())).isEqualTo("AT_PANEL");
        assertThat(item(id, hillside.caseId()).decision()).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PANEL_MEMBER_RECUSED' "
                + "AND subject_id = ?", Integer.class, Long.toString(id))).isEqualTo(1);

        // The same member decides the other school's case; another member decides the first one.
        assertThat(record(id, brookfield, second, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .isEqualTo(CaseState.FUNDED);
        assertThat(record(id, hillside, third, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .isEqualTo(CaseState.FUNDED);
    }

    @Test
    void a_recusal_that_breaks_the_quorum_stops_the_decision() {
        PanelFixtures.AtPanel hillside = fixtures.caseAtPanel("100002");
        long id = meeting(second, third);
        meetings.link(id, version(id), third.getUsername(), "100002", "officer");
        meetings.addCase(id, version(id), hillside.reference(), "officer");
        meetings.start(id, version(id), officer);
        assertThat(item(id, hillside.caseId()).quorate()).isFalse();
        assertThatThrownBy(() -> record(id, hillside, chair, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .hasMessage("The panel is not quorate for case " + hillside.reference()
                        + ": 2 members can take part and the quorum is 3");
        assertThat(fixtures.caseState(hillside.caseId())).isEqualTo("AT_PANEL");
    }

    @Test
    void only_members_taking_part_record_and_only_in_session() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = meeting(second, third);
        meetings.addCase(id, version(id), c.reference(), "officer");
        assertThatThrownBy(() -> record(id, c, chair, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .hasMessage("You cannot record decisions at a meeting that is planned.");
        meetings.start(id, version(id), officer);
        SignedInUser outsider = fixtures.panelMember();
        assertThatThrownBy(() -> record(id, c, outsider, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .hasMessage("Only members of this panel can record the decision on this case");
        assertThatThrownBy(() -> record(id, c, officer, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .hasMessage("Only members of this panel can record the decision on this case");
        assertThat(fixtures.caseState(c.caseId())).isEqualTo("AT_PANEL");
    }

    @Test
    void moderation_rescores_with_the_pinned_framework_and_shows_the_difference() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = inSession(c);
        // By hand: sensory and physical (0 + 0 + 1) x 2 = 2; SP1 from 0 to 4 makes it (4 + 0 + 1) x 2 = 10,
        // so the total goes from 38 to 46: band 5 (40 to 49), £12,103.00 instead of band 4's £8,446.00.
        moderation.moderate(id, c.caseId(), item(id, c.caseId()).version(), "SP1", 4, "Audiology report at panel",
                second);
        ModeratedResult r = moderation.result(id, c.caseId());
        assertThat(r.indicated().total()).isEqualByComparingTo("38");
        assertThat(r.indicated().band()).isEqualTo("4");
        assertThat(r.moderated().total()).isEqualByComparingTo("46");
        assertThat(r.moderated().band()).isEqualTo("5");
        assertThat(r.totalDifference()).isEqualByComparingTo("8");
        assertThat(r.amountDifference()).isEqualByComparingTo("3657.00");
        assertThat(r.bandChanged()).isTrue();
        assertThat(r.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.schoolLevel()).isZero();
            assertThat(ch.moderatedLevel()).isEqualTo(4);
            assertThat(ch.note()).isEqualTo("Audiology report at panel");
            assertThat(ch.by()).isEqualTo(second.getUsername());
        });
        // The school's answers are untouched.
        assertThat(moderation.assessment(c.caseId()).answer("SP1").level()).isZero();

        long stale = item(id, c.caseId()).version() - 1;
        assertThatThrownBy(() -> moderation.moderate(id, c.caseId(), stale, "SP1", 3, "Again", second))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> moderation.moderate(id, c.caseId(), item(id, c.caseId()).version(), "SP1", 9, " ",
                second)).isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problems())
                        .extracting(Refused.Problem::english)
                        .containsExactly("Choose a level from 0 to 4 for " + r.changes().get(0).domainName(),
                                "Enter why the panel changed the level"));

        // Back to the school's level: the change goes.
        moderation.moderate(id, c.caseId(), item(id, c.caseId()).version(), "SP1", 0, "Report misread", second);
        assertThat(moderation.result(id, c.caseId()).changed()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PANEL_LEVEL_MODERATED' "
                + "AND subject_id = ?", Integer.class, Long.toString(c.caseId()))).isEqualTo(2);
    }

    @Test
    void an_override_beyond_the_limits_waits_for_a_manager_who_did_not_record_it() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = inSession(c);
        assertThatThrownBy(() -> record(id, c, second, decision(PanelOutcome.AGREE_DIFFERENT, "5", " ")))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field())
                        .isEqualTo("overrideReason"));
        assertThat(item(id, c.caseId()).decision()).isNull();

        // Band 4 to band 5 adds £3,657.00 a year, more than the £2,000.00 a second approver is needed for.
        assertThat(record(id, c, second, decision(PanelOutcome.AGREE_DIFFERENT, "5", "Needs are higher than scored")))
                .isEqualTo(CaseState.AWAITING_APPROVAL);
        AgendaCaseView.RecordedDecision d = item(id, c.caseId()).decision();
        assertThat(d.override()).isTrue();
        assertThat(d.needsApproval()).isTrue();
        assertThat(d.band()).isEqualTo("5");
        assertThat(d.annualAmount()).isEqualByComparingTo(new BigDecimal("12103.00"));
        assertThat(d.reasonCodes()).containsExactly("EVIDENCE_SUPPORTS_LEVELS");

        assertThatThrownBy(() -> decisions.approve(id, c.caseId(), fixtures.caseVersion(c.caseId()), second))
                .isInstanceOf(Refused.class);
        decisions.approve(id, c.caseId(), fixtures.caseVersion(c.caseId()), manager);
        assertThat(fixtures.caseState(c.caseId())).isEqualTo("FUNDED");
    }

    @Test
    void a_small_override_is_decided_at_once() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = inSession(c);
        assertThat(record(id, c, chair, decision(PanelOutcome.AGREE_DIFFERENT, "3", "Evidence thinner than scored")))
                .isEqualTo(CaseState.FUNDED);
        AgendaCaseView.RecordedDecision d = item(id, c.caseId()).decision();
        assertThat(d.override()).isTrue();
        assertThat(d.needsApproval()).isFalse();
        assertThat(d.annualAmount()).isEqualByComparingTo("5459.00");
    }

    @Test
    void closing_locks_the_decisions_and_moderation() {
        PanelFixtures.AtPanel decided = fixtures.caseAtPanel("100001");
        PanelFixtures.AtPanel undecided = fixtures.caseAtPanel("100001");
        long id = inSession(decided);
        meetings.addCase(id, version(id), undecided.reference(), "officer");
        record(id, decided, chair, decision(PanelOutcome.AGREE_INDICATED, null, null));
        meetings.close(id, version(id), chair);

        assertThatThrownBy(() -> record(id, undecided, chair, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .hasMessage("You cannot record decisions at a meeting that is closed.");
        assertThatThrownBy(() -> moderation.moderate(id, undecided.caseId(), item(id, undecided.caseId()).version(),
                "SP1", 2, "Late", chair)).hasMessage("You cannot moderate levels at a meeting that is closed.");
        assertThat(fixtures.caseState(undecided.caseId())).isEqualTo("AT_PANEL");
        // The undecided case can go to the next meeting.
        assertThat(meetings.casesWaiting()).extracting(r -> r.reference()).contains(undecided.reference());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PANEL_MEETING_CLOSED' "
                + "AND subject_id = ?", Integer.class, Long.toString(id))).isEqualTo(1);
    }

    /**
     * Defer goes to {@code CaseWorkflow.returnForInformation}: the case goes back to the school
     * (INFO_REQUESTED, with the panel's message) and leaves the open agenda.
     */
    @Test
    void defer_returns_the_case_to_the_school_and_takes_it_off_the_open_agenda() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = inSession(c);
        PanelDecision defer = new PanelDecision(PanelOutcome.DEFER, null, null, null, null, null, null, null,
                "Send the educational psychologist's report", null);
        assertThat(record(id, c, chair, defer)).isEqualTo(CaseState.INFO_REQUESTED);
        assertThat(fixtures.caseState(c.caseId())).isEqualTo("INFO_REQUESTED");
        assertThat(item(id, c.caseId()).decision()).isNotNull();
        assertThat(jdbc.queryForObject("SELECT info_request_message FROM funding_case WHERE id = ?", String.class,
                c.caseId())).isEqualTo("Send the educational psychologist's report");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM panel_agenda_item WHERE case_id = ? AND open_meeting",
                Integer.class, c.caseId())).isZero();
        assertThat(jdbc.queryForObject("SELECT a.state FROM assessment a JOIN funding_case f ON f.assessment_id = a.id "
                + "WHERE f.id = ?", String.class, c.caseId())).isEqualTo("RETURNED");
    }

    /** The school reads which levels the panel changed, and why, with the decision (casework asks panels). */
    @Test
    void the_school_sees_the_levels_the_panel_changed_with_the_decision() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = inSession(c);
        moderation.moderate(id, c.caseId(), item(id, c.caseId()).version(), "SP1", 2,
                "The sensory report shows daily needs", chair);
        assertThat(record(id, c, chair, decision(PanelOutcome.AGREE_INDICATED, null, null)))
                .isEqualTo(CaseState.FUNDED);
        long assessmentId = jdbc.queryForObject("SELECT assessment_id FROM funding_case WHERE id = ?", Long.class,
                c.caseId());
        uk.openband.assessment.CaseStatusLookup.SchoolDecision d = context
                .getBean(uk.openband.assessment.CaseStatusLookup.class).forAssessment(assessmentId).orElseThrow()
                .decision();
        assertThat(d.levelChanges()).singleElement().satisfies(ch -> {
            assertThat(ch.domainCode()).isEqualTo("SP1");
            assertThat(ch.schoolLevel()).isZero();
            assertThat(ch.panelLevel()).isEqualTo(2);
            assertThat(ch.note()).isEqualTo("The sensory report shows daily needs");
            assertThat(ch.domainName()).isNotBlank();
        });
        assertThat(d.reasons()).containsExactly("The evidence supports the levels the school chose");
        assertThat(d.disputable()).isTrue();
    }

    @Test
    void the_database_keeps_a_case_on_one_open_agenda_and_frees_it_when_the_meeting_closes() {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long first = inSession(c);
        long other = meeting(second, third);
        String insert = "INSERT INTO panel_agenda_item (meeting_id, case_id, case_reference, setting_id, position, "
                + "added_by, added_at, updated_at) VALUES (?, ?, ?, ?, 1, 'officer', now(), now())";
        assertThatThrownBy(() -> jdbc.update(insert, other, c.caseId(), c.reference(), c.settingId()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("panel_agenda_item_one_open_meeting");

        meetings.close(first, version(first), officer);
        meetings.addCase(other, version(other), c.reference(), "officer");
        assertThat(meetings.get(other).agenda()).extracting(AgendaCaseView::caseId).containsExactly(c.caseId());
    }

    @Test
    void linking_needs_a_member_of_this_panel_and_a_known_setting() {
        long id = meeting(second, third);
        SignedInUser outsider = fixtures.panelMember();
        assertThatThrownBy(() -> meetings.link(id, version(id), outsider.getUsername(), "999999", "officer"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problems())
                        .extracting(Refused.Problem::english)
                        .containsExactly("Choose a member of this panel", "There is no setting with the URN 999999"));
        assertThatThrownBy(() -> meetings.link(id, version(id), second.getUsername(), " ", "officer"))
                .hasMessage("Enter the URN of the setting");
        assertThat(meetings.get(id).links()).isEmpty();
        meetings.link(id, version(id), second.getUsername(), "100002", "officer");
        assertThat(meetings.get(id).links()).extracting(MeetingView.Link::settingName).containsExactly("Hillside Academy");
    }
}
