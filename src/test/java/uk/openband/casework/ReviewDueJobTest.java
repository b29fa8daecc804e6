package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
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
    @Autowired JdbcTemplate jdbc;

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
        // run as the daily job does: a run far in the future would move every other test's decided case too
        job.moveDueCases(LocalDate.now());
        assertThat(queries.detail(id).orElseThrow().state()).isEqualTo(CaseState.SUBMITTED);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void one_case_that_fails_is_logged_and_left_for_the_next_run_while_the_others_move(CapturedOutput output) {
        CaseDetail failing = decided();
        CaseDetail fine = decided();
        LocalDate day = failing.decision().reviewDate().minusWeeks(8);
        // Stands for anything that stops one case saving (an officer's change at that moment, a broken row).
        jdbc.execute("CREATE FUNCTION review_due_test_refuse() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.id = " + failing.id() + " AND NEW.state = 'REVIEW_DUE' THEN "
                + "RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        jdbc.execute("CREATE TRIGGER review_due_test_refuse BEFORE UPDATE ON funding_case FOR EACH ROW "
                + "EXECUTE FUNCTION review_due_test_refuse()");
        try {
            job.moveDueCases(day);
        } finally {
            jdbc.execute("DROP TRIGGER review_due_test_refuse ON funding_case");
            jdbc.execute("DROP FUNCTION review_due_test_refuse()");
        }
        assertThat(reload(fine).state()).isEqualTo(CaseState.REVIEW_DUE);
        CaseDetail left = reload(failing);
        assertThat(left.state()).isEqualTo(CaseState.FUNDED);
        assertThat(count(left, "CASE_REVIEW_DUE")).isZero();
        assertThat(count(left, "NOTIFICATION_SENT")).isEqualTo(count(failing, "NOTIFICATION_SENT"));
        assertThat(output.getOut()).contains("Case " + failing.id() + " could not be moved to review due")
                .doesNotContain("Case Work");

        job.moveDueCases(day);
        assertThat(reload(failing).state()).isEqualTo(CaseState.REVIEW_DUE);
    }

    @Test
    void two_instances_running_at_once_move_each_case_once() throws Exception {
        List<CaseDetail> due = List.of(decided(), decided(), decided());
        LocalDate day = due.get(0).decision().reviewDate().minusWeeks(8);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = List.of(two.submit(() -> { start.await(); return job.moveDueCases(day); }),
                    two.submit(() -> { start.await(); return job.moveDueCases(day); }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            two.shutdownNow();
        }
        for (CaseDetail c : due) {
            CaseDetail after = reload(c);
            assertThat(after.state()).isEqualTo(CaseState.REVIEW_DUE);
            assertThat(count(after, "CASE_REVIEW_DUE")).as("moved once").isEqualTo(1);
        }
    }
}
