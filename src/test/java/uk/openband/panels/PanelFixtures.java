package uk.openband.panels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationContext;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.EhcStatus;
import uk.openband.directory.PupilData;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.Sex;
import uk.openband.directory.Upn;
import uk.openband.identity.NewUser;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.identity.UserManagement;
import uk.openband.identity.UserView;

/**
 * Cases at panel and panel members for the panel tests. Everything is new each time (the test
 * database is shared): a fresh pupil, a submitted assessment, a case moved to AT_PANEL.
 */
class PanelFixtures {

    /**
     * The hand-computed levels of the assessment tests: total 38, mainstream band 4, £8,446.00.
     * Order: CL1 CL2 CI1 CI2 SEMH1 SEMH2 SP1 SP2 SP3 IS1 IS2 SB1.
     */
    static final int[] LEVELS = {3, 4, 2, 1, 3, 0, 0, 0, 1, 2, 0, 2};
    static final List<String> DOMAINS = List.of("CL1", "CL2", "CI1", "CI2", "SEMH1", "SEMH2", "SP1", "SP2", "SP3",
            "IS1", "IS2", "SB1");

    record AtPanel(long caseId, String reference, long settingId) {
    }

    final AssessmentManagement assessments;
    final PupilRegistry pupils;
    final SettingDirectory settings;
    final CaseQueries cases;
    final CaseWorkflow workflow;
    final UserManagement users;
    final JdbcTemplate jdbc;

    PanelFixtures(ApplicationContext context) {
        this.assessments = context.getBean(AssessmentManagement.class);
        this.pupils = context.getBean(PupilRegistry.class);
        this.settings = context.getBean(SettingDirectory.class);
        this.cases = context.getBean(CaseQueries.class);
        this.workflow = context.getBean(CaseWorkflow.class);
        this.users = context.getBean(UserManagement.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    long setting(String urn) {
        return settings.findByUrn(urn).orElseThrow().id();
    }

    /** A new case at panel for a pupil at the setting with this URN. */
    AtPanel caseAtPanel(String urn) {
        long setting = setting(urn);
        PupilScope scope = PupilScope.setting(setting);
        String last12 = "888" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        long pupil = pupils.register(PupilScope.allSettings(), new PupilData(Upn.checkLetter(last12) + last12, "Panel",
                "Pupil", null, LocalDate.of(2015, 5, 6), Sex.M, "WBRI", "MLD", null, EhcStatus.NONE, null, setting)).id();
        AssessmentView a = assessments.start(scope, pupil, Purpose.NEW_REQUEST, "senco");
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < LEVELS.length; i++) {
            answers.add(new Answer(DOMAINS.get(i), LEVELS[i], "Evidence for " + DOMAINS.get(i)));
        }
        a = assessments.saveAnswers(scope, a.id(), a.version(), answers, List.of(), "senco");
        a = assessments.saveDetails(scope, a.id(), a.version(), true, uk.openband.testsupport.TestDates.requestedStart(), List.of(), "senco");
        a = assessments.submit(scope, a.id(), a.version(), "senco");
        long caseId = cases.forAssessment(a.id()).orElseThrow().id();
        workflow.assign(caseId, caseVersion(caseId), "officer");
        workflow.listForPanel(caseId, caseVersion(caseId));
        return new AtPanel(caseId, a.reference(), setting);
    }

    long caseVersion(long caseId) {
        return jdbc.queryForObject("SELECT version FROM funding_case WHERE id = ?", Long.class, caseId);
    }

    String caseState(long caseId) {
        return jdbc.queryForObject("SELECT state FROM funding_case WHERE id = ?", String.class, caseId);
    }

    /** A new enabled panel member, signed in. */
    SignedInUser panelMember() {
        String name = "pm" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        UserView u = users.create(new NewUser(name, "Member " + name, name + "@demoshire.example", Role.PANEL_MEMBER,
                null, "a-long-password-1", false));
        return signedIn(u);
    }

    SignedInUser user(String username) {
        return signedIn(users.findByUsername(username).orElseThrow());
    }

    static SignedInUser signedIn(UserView u) {
        return new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), u.settingId(), null, true, true);
    }
}
