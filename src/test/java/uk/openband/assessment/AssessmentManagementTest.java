package uk.openband.assessment;

import uk.openband.platform.NotFound;
import uk.openband.platform.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseSummary;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.WebTest;

/** The rules AssessmentManagement enforces, against PostgreSQL. */
@WebTest
class AssessmentManagementTest {

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    SettingDirectory settings;

    @Autowired
    CaseQueries cases;

    /** The application's clock: each test that needs another day sets it (it is back to today after the test). */
    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    PupilScope brookfield;
    long pupil;

    @BeforeEach
    void pupil() {
        long setting = settings.findByUrn("100001").orElseThrow().id();
        brookfield = PupilScope.setting(setting);
        pupil = AssessmentFixtures.newPupil(pupils, setting);
    }

    @Test
    void starting_needs_a_framework_in_force() {
        // The day before the first framework version anyone has published (other tests publish old ones).
        LocalDate beforeAny = jdbc.queryForObject("SELECT min(effective_from) FROM framework_version "
                + "WHERE state <> 'DRAFT'", LocalDate.class).minusDays(1);
        clock.setToday(beforeAny);
        assertThatThrownBy(() -> assessments.start(brookfield, pupil, Purpose.NEW_REQUEST, "senco"))
                .isInstanceOfSatisfying(Refused.class, e ->
                        assertThat(e.problems()).extracting(Refused.Problem::field).containsExactly("framework"));
        assertThat(assessments.forPupil(brookfield, pupil)).isEmpty();
    }

    @Test
    void starting_needs_a_tariff_in_force_for_the_framework() {
        // The demo framework has no end date; the last demo tariff ends on 31 March 2027.
        clock.setToday(LocalDate.of(2028, 6, 5));
        assertThatThrownBy(() -> assessments.start(brookfield, pupil, Purpose.NEW_REQUEST, "senco"))
                .isInstanceOfSatisfying(Refused.class, e ->
                        assertThat(e.problems()).extracting(Refused.Problem::field).containsExactly("banding"));
        assertThat(assessments.forPupil(brookfield, pupil)).isEmpty();
    }

    @Test
    void starting_pins_the_versions_in_force_and_a_pupil_outside_the_scope_does_not_exist() {
        AssessmentView a = assessments.start(brookfield, pupil, Purpose.ANNUAL_REVIEW, "senco");
        assertThat(a.frameworkVersion()).isEqualTo("2025-26.1");
        assertThat(a.bandingVersion()).isEqualTo("2026-27");
        assertThat(a.state()).isEqualTo(AssessmentState.DRAFT);
        PupilScope hillside = PupilScope.setting(settings.findByUrn("100002").orElseThrow().id());
        assertThatThrownBy(() -> assessments.start(hillside, pupil, Purpose.NEW_REQUEST, "senco2"))
                .isInstanceOf(NotFound.class);
        assertThat(assessments.find(hillside, a.id())).isEmpty();
    }

    @Test
    void problems_before_submit_name_each_missing_domain_in_framework_order() {
        AssessmentView started = assessments.start(brookfield, pupil, Purpose.NEW_REQUEST, "senco");
        AssessmentView a = assessments.saveAnswers(brookfield, started.id(), started.version(),
                List.of(new Answer("SP1", 1, null), new Answer("CL2", 2, "  ")), List.of(), "senco");
        assertThat(assessments.problemsBeforeSubmit(a)).extracting(Refused.Problem::field).containsExactly(
                "CL1", "CL2-evidence", "CI1", "CI2", "SEMH1", "SEMH2", "SP2", "SP3", "IS1", "IS2", "SB1",
                "requestedStartDate", "consulted");
        long version = a.version();
        assertThatThrownBy(() -> assessments.submit(brookfield, a.id(), version, "senco"))
                .isInstanceOf(Refused.class);
        assertThat(assessments.get(brookfield, a.id()).state()).isEqualTo(AssessmentState.DRAFT);
    }

    @Test
    void a_submitted_assessment_cannot_be_changed() {
        AssessmentView submitted = submitted();
        assertThat(submitted.editable()).isFalse();
        assertThatThrownBy(() -> assessments.saveAnswers(brookfield, submitted.id(), submitted.version(),
                List.of(new Answer("CL1", 0, null)), List.of(), "senco"))
                .isInstanceOfSatisfying(Refused.class, e ->
                        assertThat(e.problems()).extracting(Refused.Problem::field).containsExactly("state"));
        assertThatThrownBy(() -> assessments.saveDetails(brookfield, submitted.id(), submitted.version(), false, null,
                List.of(), "senco")).isInstanceOf(Refused.class);
        AssessmentView after = assessments.get(brookfield, submitted.id());
        assertThat(after.answer("CL1").level()).isEqualTo(3);
        assertThat(after.consulted()).isTrue();
        assertThat(after.version()).isEqualTo(submitted.version());
    }

    @Autowired
    uk.openband.casework.CaseWorkflow workflow;

    @Test
    void returned_for_information_it_is_editable_and_resubmitting_puts_the_case_back_in_the_queue() {
        AssessmentView submitted = submitted();
        CaseSummary opened = cases.forAssessment(submitted.id()).orElseThrow();
        workflow.assign(opened.id(), 0, "officer");
        workflow.returnForInformation(opened.id(), 1, "Please send the audiology report", "officer");

        AssessmentView returned = assessments.get(brookfield, submitted.id());
        assertThat(returned.state()).isEqualTo(AssessmentState.RETURNED);
        assertThat(returned.editable()).isTrue();
        AssessmentView changed = assessments.saveAnswers(brookfield, returned.id(), returned.version(),
                List.of(new Answer("SP1", 4, "New audiology report")), List.of(), "senco");
        AssessmentView resubmitted = assessments.submit(brookfield, changed.id(), changed.version(), "senco");

        assertThat(resubmitted.state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(resubmitted.reference()).isEqualTo(submitted.reference());
        CaseSummary after = cases.forAssessment(submitted.id()).orElseThrow();
        assertThat(after.id()).isEqualTo(opened.id());
        assertThat(after.state()).isEqualTo(CaseState.SUBMITTED);
        // SP1 from 0 to 4 adds 4 points x 2 to the hand-computed 38.
        assertThat(after.indicatedTotal()).isEqualByComparingTo("46");
        assertThat(after.indicatedBand()).isEqualTo("5");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_case WHERE assessment_id = ?", Integer.class,
                submitted.id())).isEqualTo(1);
    }

    @Test
    void returning_needs_a_submitted_assessment() {
        AssessmentView draft = assessments.start(brookfield, pupil, Purpose.NEW_REQUEST, "senco");
        assertThatThrownBy(() -> assessments.returnForInformation(draft.id(), "officer"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void provision_lines_are_checked_and_kept_in_pounds_and_pence() {
        AssessmentView a = assessments.start(brookfield, pupil, Purpose.NEW_REQUEST, "senco");
        long version = a.version();
        assertThatThrownBy(() -> assessments.saveDetails(brookfield, a.id(), version, true, uk.openband.testsupport.TestDates.requestedStart(),
                List.of(new ProvisionLine(" ", new BigDecimal("-1"), new BigDecimal("10.001"))), "senco"))
                .isInstanceOfSatisfying(Refused.class, e ->
                        assertThat(e.problems()).extracting(Refused.Problem::field).containsExactly(
                                "provision[0].supportType", "provision[0].hoursPerWeek", "provision[0].costPerWeek"));
        AssessmentView saved = assessments.saveDetails(brookfield, a.id(), version, true, uk.openband.testsupport.TestDates.requestedStart(),
                List.of(new ProvisionLine("  Teaching assistant ", new BigDecimal("12.5"), new BigDecimal("250"))),
                "senco");
        assertThat(saved.provision()).containsExactly(new ProvisionLine("Teaching assistant", new BigDecimal("12.50"),
                new BigDecimal("250.00")));
    }

    /** The hand-computed assessment (total 38), submitted. */
    private AssessmentView submitted() {
        AssessmentView a = assessments.start(brookfield, pupil, Purpose.NEW_REQUEST, "senco");
        List<Answer> answers = new ArrayList<>();
        int[] levels = {3, 4, 2, 1, 3, 0, 0, 0, 1, 2, 0, 2};
        for (int i = 0; i < levels.length; i++) {
            answers.add(new Answer(AssessmentFixtures.DOMAINS.get(i), levels[i], "Evidence " + i));
        }
        a = assessments.saveAnswers(brookfield, a.id(), a.version(), answers, List.of(), "senco");
        a = assessments.saveDetails(brookfield, a.id(), a.version(), true, uk.openband.testsupport.TestDates.requestedStart(), List.of(), "senco");
        assertThat(assessments.score(a).total()).isEqualByComparingTo("38");
        return assessments.submit(brookfield, a.id(), a.version(), "senco");
    }
}
