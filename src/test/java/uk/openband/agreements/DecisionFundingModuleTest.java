package uk.openband.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.audit.AuditEntry;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseEvents;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;

/**
 * Decisions flow one way: casework's {@link CaseEvents.CaseDecided} makes the agreement in the deciding
 * transaction, agreements publishes {@link AgreementMade}, and casework moves the case to FUNDED once that
 * has committed. The agreements module with the modules it
 * depends on; as a module's own beans bootstrap only the modules whose beans they inject, the modules the
 * test's fixtures and the demo data need (casework and what casework uses) are named as extra includes; the
 * modules nobody here uses (transparency, rollover, panels) stay out.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"casework", "assessment", "audit",
        "calendar", "moderation", "notify", "pupils", "identity", "directory", "framework", "finance", "demo"})
class DecisionFundingModuleTest {

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired FundingAgreements funding;

    /** A new pupil's case, in triage with the demo officer. */
    CaseDetail inTriage() {
        long id = cases.forAssessment(CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3).id())
                .orElseThrow().id();
        workflow.assign(id, cases.detail(id).orElseThrow().version(), "officer");
        return cases.detail(id).orElseThrow();
    }

    static DecisionRequest agreeFrom(LocalDate start) {
        return new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, StartPolicy.CHOSEN, start, 3,
                start.plusMonths(11), List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports every level.", null);
    }

    List<AuditEntry> timeline(long caseId, String action) {
        return cases.detail(caseId).orElseThrow().timeline().stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void a_decision_makes_its_agreement_and_agreement_made_moves_the_case_to_funded(Scenario scenario) {
        CaseDetail c = inTriage();

        scenario.stimulate(() -> decisions.decideUnderDelegation(c.id(), c.version(),
                        agreeFrom(LocalDate.of(2027, 4, 1)), "officer"))
                .andWaitForEventOfType(AgreementMade.class)
                .matching(made -> made.caseId() == c.id())
                .toArriveAndVerify(made -> {
                    CaseDetail funded = cases.detail(c.id()).orElseThrow();
                    assertThat(funded.state()).isEqualTo(CaseState.FUNDED);
                    assertThat(made.decisionId()).isEqualTo(funded.decision().id());
                    assertThat(funding.find(PupilScope.allSettings(), made.agreementId())).hasValueSatisfying(a -> {
                        assertThat(a.reference()).isEqualTo(made.reference());
                        assertThat(a.decisionId()).isEqualTo(made.decisionId());
                    });
                    assertThat(timeline(c.id(), "CASE_FUNDED")).singleElement()
                            .satisfies(e -> assertThat(e.detailsJson()).contains("\"from\": \"DECIDED\"",
                                    "\"to\": \"FUNDED\"", "\"decisionId\": " + made.decisionId()));
                });
    }

    @Test
    void agreement_made_delivered_twice_funds_the_case_once(Scenario scenario) {
        CaseDetail c = inTriage();
        decisions.decideUnderDelegation(c.id(), c.version(), agreeFrom(LocalDate.of(2027, 4, 1)), "officer");
        CaseDetail funded = cases.detail(c.id()).orElseThrow();
        AgreementView a = funding.search(PupilScope.allSettings(), funded.summary().pupilId(), null, null).get(0);

        scenario.publish(new AgreementMade(a.id(), a.reference(), c.id(), a.decisionId(), a.pupilId()))
                .andWaitForEventOfType(AgreementMade.class)
                .toArriveAndVerify(made -> {
                    assertThat(cases.detail(c.id()).orElseThrow().version()).isEqualTo(funded.version());
                    assertThat(cases.detail(c.id()).orElseThrow().state()).isEqualTo(CaseState.FUNDED);
                    assertThat(timeline(c.id(), "CASE_FUNDED")).hasSize(1);
                });
    }
}
