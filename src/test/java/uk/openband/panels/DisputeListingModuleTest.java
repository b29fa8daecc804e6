package uk.openband.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseEvents;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;

/**
 * casework's {@link CaseEvents.CaseDisputed}, heard by type in panels: once the dispute commits, the case
 * joins the agenda of the next planned meeting. The panels module with the modules it
 * depends on; as a module's own beans bootstrap only the modules whose beans they inject, the modules the
 * test's fixtures and the demo data need (casework and what casework uses) are named as extra includes; the
 * modules nobody here uses (transparency, rollover) stay out.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"casework", "assessment", "audit",
        "calendar", "moderation", "notify", "pupils", "identity", "directory", "framework", "agreements", "finance", "demo"})
class DisputeListingModuleTest {

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired PanelMeetings meetings;
    @Autowired UserManagement users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

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

    SignedInUser senco() {
        return PanelFixtures.signedIn(users.findByUsername("senco").orElseThrow());
    }

    @Test
    void a_dispute_puts_the_case_on_the_next_planned_meetings_agenda(Scenario scenario) {
        CaseFixtures.plannedMeeting(meetings, clock);
        long next = jdbc.queryForObject("SELECT id FROM panel_meeting WHERE status = 'PLANNED' AND meeting_date >= ? "
                + "ORDER BY meeting_date, id LIMIT 1", Long.class, Date.valueOf(LocalDate.now(clock)));
        long caseId = decided();
        long version = version(caseId);

        scenario.stimulate(() -> workflow.dispute(caseId, version, "The educational psychologist's report shows "
                        + "more need.", senco()))
                .andWaitForEventOfType(CaseEvents.CaseDisputed.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(disputed -> {
                    assertThat(disputed.from()).isIn("DECIDED", "FUNDED");
                    assertThat(cases.detail(caseId).orElseThrow().state()).isEqualTo(CaseState.AT_PANEL);
                    assertThat(meetings.get(next).agenda()).anyMatch(item -> item.caseId() == caseId);
                });
    }
}
