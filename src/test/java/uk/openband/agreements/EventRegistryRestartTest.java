package uk.openband.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.OpenBandApplication;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.WebTest;

/**
 * An event whose cross-module listener fails is kept in Spring Modulith's publication registry
 * (table {@code event_publication}) and delivered again when the application next starts: here casework's
 * listener to {@link AgreementMade} is refused by the database (a trigger standing in for any failure), so
 * the decision and its agreement are saved while the case stays DECIDED; a second application started on
 * the same database republishes the event and the case becomes FUNDED.
 */
@WebTest
class EventRegistryRestartTest {

    private static final String LISTENER = "uk.openband.casework.internal.CaseFunding.on(";

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired FundingAgreements funding;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void dropTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_funded ON funding_case");
        jdbc.execute("DROP FUNCTION IF EXISTS test_refuse_funded()");
    }

    /** Makes the database refuse to move this one case to FUNDED. */
    void refuseFunding(long caseId) {
        jdbc.execute("CREATE FUNCTION test_refuse_funded() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.id = " + caseId + " AND NEW.state = 'FUNDED' THEN "
                + "RAISE EXCEPTION 'funding refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        jdbc.execute("CREATE TRIGGER test_refuse_funded BEFORE UPDATE ON funding_case FOR EACH ROW "
                + "EXECUTE FUNCTION test_refuse_funded()");
    }

    List<Map<String, Object>> publications(long caseId) {
        return jdbc.queryForList("SELECT listener_id, status, completion_date, completion_attempts "
                + "FROM event_publication WHERE event_type = ? AND (serialized_event::jsonb ->> 'caseId')::bigint = ?",
                AgreementMade.class.getName(), caseId);
    }

    @Test
    void a_failed_listener_keeps_its_event_and_a_restart_completes_it() {
        long caseId = cases.forAssessment(CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3)
                .id()).orElseThrow().id();
        workflow.assign(caseId, cases.detail(caseId).orElseThrow().version(), "officer");
        CaseDetail c = cases.detail(caseId).orElseThrow();
        refuseFunding(caseId);

        decisions.decideUnderDelegation(caseId, c.version(), DecisionFundingModuleTest.agreeFrom(
                LocalDate.of(2027, 4, 1)), "officer");

        CaseDetail decided = cases.detail(caseId).orElseThrow();
        assertThat(decided.state()).isEqualTo(CaseState.DECIDED);
        assertThat(funding.search(PupilScope.allSettings(), decided.summary().pupilId(), null, null)).singleElement()
                .satisfies(a -> assertThat(a.decisionId()).isEqualTo(decided.decision().id()));
        assertThat(publications(caseId)).singleElement().satisfies(p -> {
            assertThat((String) p.get("listener_id")).startsWith(LISTENER);
            assertThat(p.get("status")).isEqualTo("FAILED");
            assertThat(p.get("completion_date")).isNull();
        });

        dropTrigger();
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(OpenBandApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run()) {
            assertThat(cases.detail(caseId).orElseThrow().state()).isEqualTo(CaseState.FUNDED);
            assertThat(publications(caseId)).isEmpty();
            assertThat(cases.detail(caseId).orElseThrow().timeline()).filteredOn(e -> e.action().equals("CASE_FUNDED"))
                    .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
        }
    }
}
