package uk.openband.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.audit.AuditEntry;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.WebTest;

/**
 * A school's dispute takes the case to a panel by itself: onto the next planned meeting's agenda,
 * or, when none is planned, onto the next meeting planned. Audited as done by the system, and the
 * officer and the chair are told.
 */
@WebTest
class DisputeListingTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired PanelMeetings meetings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    PanelFixtures fixtures;
    SignedInUser chair;
    SignedInUser second;
    SignedInUser third;

    @BeforeEach
    void people() {
        fixtures = new PanelFixtures(context);
        chair = fixtures.panelMember();
        second = fixtures.panelMember();
        third = fixtures.panelMember();
    }

    long plan() {
        return meetings.create(LocalDate.now(clock), chair.getUsername(),
                List.of(second.getUsername(), third.getUsername()), "officer");
    }

    /** A Brookfield case decided under delegation by {@code officer}. */
    long decided() {
        long id = cases.forAssessment(CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3).id())
                .orElseThrow().id();
        workflow.assign(id, version(id), "officer");
        decisions.decideUnderDelegation(id, version(id), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, null, null, null, LocalDate.now(clock).plusYears(1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "The evidence supports every level.", null), "officer");
        return id;
    }

    long version(long caseId) {
        return cases.detail(caseId).map(CaseDetail::version).orElseThrow();
    }

    List<AuditEntry> timeline(long caseId, String action) {
        return cases.detail(caseId).orElseThrow().timeline().stream().filter(e -> e.action().equals(action)).toList();
    }

    boolean onAgenda(long meetingId, long caseId) {
        return meetings.get(meetingId).agenda().stream().anyMatch(a -> a.caseId() == caseId);
    }

    @Test
    void a_disputed_case_joins_the_next_planned_meeting_and_the_officer_and_chair_are_told() {
        plan();
        long next = jdbc.queryForObject("SELECT id FROM panel_meeting WHERE status = 'PLANNED' AND meeting_date >= ? "
                + "ORDER BY meeting_date, id LIMIT 1", Long.class, Date.valueOf(LocalDate.now(clock)));
        long caseId = decided();

        workflow.dispute(caseId, version(caseId), "The educational psychologist's report shows more need.",
                fixtures.user("senco"));

        assertThat(cases.detail(caseId).orElseThrow().state()).isEqualTo(CaseState.AT_PANEL);
        assertThat(onAgenda(next, caseId)).isTrue();
        assertThat(timeline(caseId, "CASE_DISPUTED")).hasSize(1);
        assertThat(timeline(caseId, "CASE_LISTED_FOR_PANEL")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.detailsJson()).contains("\"from\": \"DISPUTED\"", "\"to\": \"AT_PANEL\"",
                    "\"meetingId\": " + next);
        });
        assertThat(timeline(caseId, "NOTIFICATION_SENT")).filteredOn(e -> e.detailsJson().contains("DISPUTE_RECEIVED"))
                .extracting(AuditEntry::detailsJson)
                .anySatisfy(d -> assertThat(d).contains("\"recipientRole\": \"CASE_OFFICER\""))
                .anySatisfy(d -> assertThat(d).contains("\"recipientRole\": \"PANEL_MEMBER\""));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PANEL_CASE_ADDED' "
                + "AND actor = 'system' AND subject_id = ? AND details ->> 'caseId' = ?", Long.class,
                Long.toString(next), Long.toString(caseId))).isEqualTo(1L);
    }

    @Test
    void a_case_disputed_while_no_meeting_is_planned_waits_and_joins_the_next_meeting_planned() {
        long caseId = decided();
        // The dispute as it stands when no meeting was planned: saved, and still disputed.
        jdbc.update("UPDATE funding_case SET state = 'DISPUTED', dispute_reason = 'The report shows more need.', "
                + "disputed_by = 'senco', disputed_at = now(), version = version + 1 WHERE id = ?", caseId);
        workflow.disputeAwaitsMeeting(caseId);
        assertThat(timeline(caseId, "NOTIFICATION_SENT")).filteredOn(e -> e.detailsJson().contains("DISPUTE_RECEIVED"))
                .singleElement().satisfies(e -> assertThat(e.detailsJson()).contains("CASE_OFFICER"));

        long meeting = plan();

        assertThat(cases.detail(caseId).orElseThrow().state()).isEqualTo(CaseState.AT_PANEL);
        assertThat(onAgenda(meeting, caseId)).isTrue();
        assertThat(timeline(caseId, "CASE_LISTED_FOR_PANEL")).singleElement()
                .satisfies(e -> assertThat(e.detailsJson()).contains("\"meetingId\": " + meeting));
        // Taken once only: planning another meeting leaves it where it is.
        long another = plan();
        assertThat(onAgenda(another, caseId)).isFalse();
    }
}
