package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.audit.AuditEntry;
import uk.openband.casework.internal.ReviewDueJob;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

/** The review-due job, run directly for fixed dates: the 8 weeks' notice, the school told, and idempotence. */
@WebTest
class ReviewDueJobTest {

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired ReviewDueJob job;

    CaseDetail reload(CaseDetail c) {
        return queries.detail(c.id()).orElseThrow();
    }

    CaseDetail decided() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = reload(c);
        decisions.decideUnderDelegation(c.id(), c.version(), CaseWorkflowTest.agree(), "officer");
        return reload(c);
    }

    static long count(CaseDetail c, String action) {
        return c.timeline().stream().map(AuditEntry::action).filter(action::equals).count();
    }

    @Test
    void a_decided_case_becomes_due_for_review_eight_weeks_before_its_review_date_once() {
        CaseDetail c = decided();
        LocalDate review = c.decision().reviewDate();
        assertThat(review).isEqualTo(LocalDate.of(2027, 10, 1));

        job.moveDueCases(review.minusWeeks(8).minusDays(1));
        CaseDetail before = reload(c);
        assertThat(before.state()).isEqualTo(CaseState.FUNDED);
        assertThat(before.version()).isEqualTo(c.version());

        assertThat(job.moveDueCases(review.minusWeeks(8))).isPositive();
        CaseDetail due = reload(c);
        assertThat(due.state()).isEqualTo(CaseState.REVIEW_DUE);
        assertThat(due.timeline()).filteredOn(e -> e.action().equals("CASE_REVIEW_DUE")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("system");
                    assertThat(e.detailsJson()).contains("\"reviewDate\": \"2027-10-01\"")
                            .contains("\"from\": \"FUNDED\"").doesNotContain("Case Work");
                });
        assertThat(due.timeline()).filteredOn(e -> e.action().equals("NOTIFICATION_SENT"))
                .filteredOn(e -> e.detailsJson().contains("\"kind\": \"REVIEW_DUE\"")).singleElement()
                .satisfies(e -> assertThat(e.detailsJson()).contains("\"recipientRole\": \"SENCO\""));

        assertThat(job.moveDueCases(review.minusWeeks(8))).isZero();
        assertThat(job.moveDueCases(review.plusDays(1))).isZero();
        CaseDetail again = reload(c);
        assertThat(again.version()).isEqualTo(due.version());
        assertThat(count(again, "CASE_REVIEW_DUE")).isEqualTo(1);
        assertThat(count(again, "NOTIFICATION_SENT")).isEqualTo(count(due, "NOTIFICATION_SENT"));
    }

    @Test
    void a_case_not_yet_decided_is_left_alone() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        long id = queries.forAssessment(a.id()).orElseThrow().id();
        job.moveDueCases(LocalDate.of(2099, 1, 1));
        assertThat(queries.detail(id).orElseThrow().state()).isEqualTo(CaseState.SUBMITTED);
    }
}
