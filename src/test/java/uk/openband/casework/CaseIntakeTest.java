package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentEvents;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.Purpose;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.Sex;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.Upn;
import uk.openband.testsupport.WebTest;

/** Casework opens one case per submitted assessment, however often the event arrives. */
@WebTest
class CaseIntakeTest {

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    SettingDirectory settings;

    @Autowired
    CaseQueries cases;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_same_submitted_event_twice_opens_one_case() {
        AssessmentView a = submittedAssessment();
        CaseSummary first = cases.forAssessment(a.id()).orElseThrow();

        AssessmentEvents.Submitted again = new AssessmentEvents.Submitted(a.id(), a.reference(), a.pupilId(),
                a.settingId(), a.purpose(), a.submittedTotal(), a.submittedBand(), a.submittedAnnualAmount(), false,
                a.frameworkKey(), a.frameworkVersion(), a.bandingKey(), a.bandingVersion(), a.requestedStartDate(),
                a.submittedAt(), a.submittedBy());
        tx.executeWithoutResult(s -> events.publishEvent(again));
        tx.executeWithoutResult(s -> events.publishEvent(again));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_case WHERE assessment_id = ?", Integer.class,
                a.id())).isEqualTo(1);
        CaseSummary after = cases.forAssessment(a.id()).orElseThrow();
        assertThat(after).isEqualTo(first);
        assertThat(after.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(cases.byReference(a.reference())).contains(first);
    }

    private AssessmentView submittedAssessment() {
        long setting = settings.findByUrn("100001").orElseThrow().id();
        PupilScope scope = PupilScope.setting(setting);
        String last12 = "666" + String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L));
        long pupil = pupils.register(PupilScope.allSettings(), new PupilData(Upn.checkLetter(last12) + last12, "Case",
                "Intake", null, LocalDate.of(2015, 9, 9), Sex.F, "WBRI", "SLD", null, EhcStatus.NONE, null, setting)).id();
        AssessmentView a = assessments.start(scope, pupil, Purpose.NEW_REQUEST, "senco");
        List<Answer> answers = List.of("CL1", "CL2", "CI1", "CI2", "SEMH1", "SEMH2", "SP1", "SP2", "SP3", "IS1", "IS2",
                "SB1").stream().map(code -> new Answer(code, 1, null)).toList();
        a = assessments.saveAnswers(scope, a.id(), a.version(), answers, List.of(), "senco");
        a = assessments.saveDetails(scope, a.id(), a.version(), true, uk.openband.testsupport.TestDates.requestedStart(), List.of(), "senco");
        return assessments.submit(scope, a.id(), a.version(), "senco");
    }
}
