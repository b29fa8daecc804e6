package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.assessment.Answer;
import uk.openband.assessment.AnswerChange;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** When a school sends a request again after a request for information, the officer sees what it changed. */
@WebTest
class ResubmissionChangesTest {

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired MockMvc mvc;

    @Test
    void the_case_page_shows_the_answers_the_school_changed_when_it_sent_the_request_again() throws Exception {
        AssessmentView first = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        assertThat(assessments.changesAtLastSending(first)).as("sent once: nothing to compare").isEmpty();
        CaseDetail c = queries.detail(queries.forAssessment(first.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = queries.detail(c.id()).orElseThrow();
        workflow.returnForInformation(c.id(), c.version(), "Please add the hearing report.", "officer");

        PupilScope school = PupilScope.setting(first.settingId());
        AssessmentView returned = assessments.get(school, first.id());
        int cl1 = returned.answer("CL1").level();
        int newLevel = cl1 == 4 ? 3 : cl1 + 1;
        AssessmentView changed = assessments.saveAnswers(school, returned.id(), returned.version(), List.of(
                new Answer("CL1", newLevel, "Reading age now assessed by the educational psychologist."),
                new Answer("SP1", returned.answer("SP1").level(), "Audiology report attached, March 2026.")),
                List.of(), "senco");
        assessments.submit(school, changed.id(), changed.version(), "senco");

        List<AnswerChange> changes = assessments.changesAtLastSending(assessments.get(school, first.id()));
        assertThat(changes).extracting(AnswerChange::domainCode).containsExactly("CL1", "SP1");
        assertThat(changes.get(0).levelBefore()).isEqualTo(cl1);
        assertThat(changes.get(0).levelAfter()).isEqualTo(newLevel);
        assertThat(changes.get(1).levelChanged()).isFalse();
        assertThat(changes.get(1).evidenceChanged()).isTrue();

        SignedInUser officer = new SignedInUser(9300, "officer", "Alex Reed", Role.CASE_OFFICER, null, null, true, true);
        Document page = Pages.parse(mvc.perform(get("/cases/" + c.id()).with(user(officer)))
                .andExpect(status().isOk()).andReturn());
        Element table = page.getElementById("changes");
        assertThat(table).as("changes table").isNotNull();
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.select("tbody tr").get(0).text()).contains("Level " + cl1).contains("Level " + newLevel);
        assertThat(table.select("tbody tr").get(0).select(".govuk-tag--orange")).hasSize(1);
        assertThat(table.select("tbody tr").get(1).text()).contains("Changed");
    }
}
