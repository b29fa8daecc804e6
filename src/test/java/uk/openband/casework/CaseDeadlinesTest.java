package uk.openband.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.calendar.Stage;
import uk.openband.calendar.StageTargets;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** Due dates stored on cases, the queue's overdue filter and due-date order, and the overdue flags. */
@WebTest
class CaseDeadlinesTest {

    /** A Monday long ago, so the case is the most overdue in the (throw-away) test database. */
    static final LocalDate LONG_AGO = LocalDate.of(2001, 1, 8);

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired StageTargets targets;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    CaseDetail newCase() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        return cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
    }

    CaseDetail reload(CaseDetail c) {
        return cases.detail(c.id()).orElseThrow();
    }

    @Test
    void opening_a_case_stores_its_due_dates_and_the_stage_decides_which_applies() {
        CaseDetail c = newCase();
        LocalDate day = c.summary().lastSubmittedAt().atZone(clock.getZone()).toLocalDate();
        assertThat(c.deadline().triageDueDate()).isEqualTo(targets.dueDate(Stage.TRIAGE, day));
        assertThat(c.deadline().decisionDueDate()).isEqualTo(targets.dueDate(Stage.DECISION, day));
        assertThat(c.deadline().dueDate()).isEqualTo(c.deadline().triageDueDate());
        assertThat(c.deadline().overdue()).isFalse();
        assertThat(jdbc.queryForObject("SELECT due_date FROM funding_case WHERE id = ?", LocalDate.class, c.id()))
                .isEqualTo(c.deadline().triageDueDate());

        workflow.assign(c.id(), c.version(), "officer");
        c = reload(c);
        assertThat(c.deadline().dueDate()).isEqualTo(c.deadline().decisionDueDate());
        assertThat(jdbc.queryForObject("SELECT due_date FROM funding_case WHERE id = ?", LocalDate.class, c.id()))
                .isEqualTo(c.deadline().decisionDueDate());

        workflow.returnForInformation(c.id(), c.version(), "Please send the report.", "officer");
        c = reload(c);
        assertThat(c.deadline().dueDate()).isNull();
        assertThat(c.deadline().overdue()).isFalse();
    }

    @Test
    void resubmission_counts_the_due_dates_again_from_that_day() {
        CaseDetail c = newCase();
        workflow.assign(c.id(), c.version(), "officer");
        workflow.returnForInformation(c.id(), reload(c).version(), "Please send the report.", "officer");
        jdbc.update("UPDATE funding_case SET triage_due_date = ?, decision_due_date = ? WHERE id = ?", LONG_AGO,
                LONG_AGO.plusWeeks(6), c.id());
        AssessmentView returned = assessments.get(uk.openband.directory.PupilScope.allSettings(),
                c.summary().assessmentId());
        assessments.submit(uk.openband.directory.PupilScope.setting(returned.settingId()), returned.id(),
                returned.version(), "senco");
        CaseDetail again = reload(c);
        LocalDate day = again.summary().lastSubmittedAt().atZone(clock.getZone()).toLocalDate();
        assertThat(again.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(again.deadline().triageDueDate()).isEqualTo(targets.dueDate(Stage.TRIAGE, day));
        assertThat(again.deadline().decisionDueDate()).isEqualTo(targets.dueDate(Stage.DECISION, day));
    }

    @Test
    void an_overdue_case_is_found_by_the_filter_first_by_due_date_and_flagged_on_the_pages_and_api()
            throws Exception {
        CaseDetail c = newCase();
        jdbc.update("UPDATE funding_case SET triage_due_date = ?, decision_due_date = ? WHERE id = ?", LONG_AGO,
                LONG_AGO.plusWeeks(6), c.id());
        LocalDate today = LocalDate.now(clock);
        long late = targets.workingDaysOverdue(LONG_AGO, today);
        assertThat(late).isGreaterThan(1000);

        CaseDetail overdue = reload(c);
        assertThat(overdue.deadline().overdue()).isTrue();
        assertThat(overdue.deadline().workingDaysOverdue()).isEqualTo(late);

        CaseQueuePage found = cases.queue(new CaseFilter(CaseState.SUBMITTED, null, null, null, null, true),
                CaseSort.DUE_DATE, 1);
        assertThat(found.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.overdue()).isTrue());
        assertThat(found.rows().get(0).id()).isEqualTo(c.id());
        assertThat(found.rows().get(0).workingDaysOverdue()).isEqualTo(late);
        assertThat(found.rows()).extracting(CaseRow::dueDate).isSortedAccordingTo(Comparator.naturalOrder());

        CaseQueuePage all = cases.queue(CaseFilter.none(), CaseSort.DUE_DATE, 1);
        assertThat(all.rows().get(0).id()).isEqualTo(c.id());
        assertThat(cases.queue(CaseFilter.none().withState(CaseState.SUBMITTED), CaseSort.DUE_DATE, 1).total())
                .isGreaterThanOrEqualTo(found.total());
        CaseDetail fresh = newCase();
        assertThat(cases.queue(new CaseFilter(CaseState.SUBMITTED, null, null, null, null, true), CaseSort.DUE_DATE,
                found.totalPages()).rows()).extracting(CaseRow::id).doesNotContain(fresh.id());

        String tag = String.format(java.util.Locale.UK, "%,d working days late", late);
        Document queue = Pages.parse(mvc.perform(get("/cases").param("overdue", "true").param("sort", "DUE_DATE")
                .with(user(CasePagesTest.OFFICER))).andExpect(status().isOk()).andReturn());
        assertThat(queue.getElementById("overdue").hasAttr("checked")).isTrue();
        assertThat(Objects.requireNonNull(queue.getElementById("due-" + c.id())).select(".govuk-tag--red").text())
                .isEqualTo(tag);
        Document page = Pages.parse(mvc.perform(get("/cases/" + c.id()).with(user(CasePagesTest.OFFICER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#case-state .govuk-tag--red").text()).isEqualTo(tag);

        mvc.perform(get("/api/v1/cases/" + c.id()).with(httpBasic("officer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.workingDaysOverdue").value(late))
                .andExpect(jsonPath("$.dueDate").value(LONG_AGO.toString()))
                .andExpect(jsonPath("$.triageDueDate").value(LONG_AGO.toString()));
        mvc.perform(get("/api/v1/cases").param("overdue", "true").param("sort", "DUE_DATE").param("state", "SUBMITTED")
                .with(httpBasic("officer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[0].id").value(c.id()))
                .andExpect(jsonPath("$.cases[0].overdue").value(true))
                .andExpect(jsonPath("$.cases[0].workingDaysOverdue").value(late));
    }
}
