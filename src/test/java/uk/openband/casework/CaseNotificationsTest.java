package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.audit.AuditEntry;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

/** Each transition that concerns someone else audits a NOTIFICATION_SENT on the case, naming no child. */
@WebTest
class CaseNotificationsTest {

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;

    CaseDetail opened(java.util.Map<String, Integer> levels) {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, levels);
        return queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
    }

    CaseDetail reload(CaseDetail c) {
        return queries.detail(c.id()).orElseThrow();
    }

    static List<AuditEntry> sent(CaseDetail c, String kind) {
        return c.timeline().stream().filter(e -> e.action().equals("NOTIFICATION_SENT"))
                .filter(e -> e.detailsJson().contains("\"kind\": \"" + kind + "\"")).toList();
    }

    @Test
    void returning_for_information_tells_the_schools_senco() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        workflow.assign(c.id(), c.version(), "officer");
        c = reload(c);
        assertThat(sent(c, "RETURNED_FOR_INFORMATION")).isEmpty();
        workflow.returnForInformation(c.id(), c.version(), "Please send the report.", "officer");
        CaseDetail returned = reload(c);
        assertThat(sent(returned, "RETURNED_FOR_INFORMATION")).singleElement().satisfies(e -> assertThat(e.detailsJson())
                .contains("\"recipientRole\": \"SENCO\"").contains(returned.summary().reference())
                .doesNotContain("Case Work").doesNotContain("brookfield.example"));
    }

    @Test
    void a_decision_tells_the_schools_senco() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        workflow.assign(c.id(), c.version(), "officer");
        c = reload(c);
        decisions.decideUnderDelegation(c.id(), c.version(), CaseWorkflowTest.agree(), "officer");
        c = reload(c);
        assertThat(sent(c, "DECIDED")).singleElement()
                .satisfies(e -> assertThat(e.detailsJson()).contains("\"recipientRole\": \"SENCO\""));
    }

    @Test
    void an_override_awaiting_approval_tells_the_send_managers_and_the_approval_tells_the_school() {
        CaseDetail c = opened(CaseFixtures.BAND_3);
        workflow.assign(c.id(), c.version(), "manager");
        workflow.listForPanel(c.id(), reload(c).version());
        c = reload(c);
        DecisionRequest twoBandsUp = new DecisionRequest(DecisionOutcome.AGREE_DIFFERENT, "5", null,
                StartPolicy.DECISION, null, 3, LocalDate.of(2027, 12, 1), List.of("MODERATED_LEVELS"),
                "The panel found the needs higher than indicated.", "Observation shows level 3 in SEMH");
        decisions.decide(c.id(), c.version(), twoBandsUp, "manager");
        c = reload(c);
        assertThat(sent(c, "APPROVAL_NEEDED")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.detailsJson()).contains("\"recipientRole\": \"SEND_MANAGER\""));
        assertThat(sent(c, "DECIDED")).isEmpty();
        decisions.approve(c.id(), c.version(), "manager2", uk.openband.identity.Role.SEND_MANAGER);
        assertThat(sent(reload(c), "DECIDED")).singleElement();
    }
}
