package uk.openband.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.testsupport.SencoDrafts;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The SENCO's assessment pages against real PostgreSQL: saving, the indicative result, checks, submission, isolation. */
@WebTest
class AssessmentPagesTest {

    static final List<String> DOMAINS = List.of("CL1", "CL2", "CI1", "CI2", "SEMH1", "SEMH2", "SP1", "SP2", "SP3",
            "IS1", "IS2", "SB1");

    @Autowired
    MockMvc mvc;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    SettingDirectory settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.openband.testsupport.MutableClock clock;

    SignedInUser senco;
    SignedInUser senco2;
    long pupilId;

    @BeforeEach
    void pupil() {
        long brookfield = settings.findByUrn("100001").orElseThrow().id();
        long hillside = settings.findByUrn("100002").orElseThrow().id();
        senco = new SignedInUser(9001, "senco", "Sam Patel", Role.SENCO, brookfield, null, true, true);
        senco2 = new SignedInUser(9002, "senco2", "Jo Morgan", Role.SENCO, hillside, null, true, true);
        pupilId = SencoDrafts.newPupil(pupils, brookfield, "777");
    }

    long start() throws Exception {
        return SencoDrafts.start(mvc, senco, pupilId);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from assessment where id = ?", Long.class, id);
    }

    MockHttpServletRequestBuilder saveArea(long id, String area, long version, String... pairs) {
        MockHttpServletRequestBuilder request = post("/assessments/" + id + "/areas/" + area).with(user(senco)).with(csrf())
                .param("version", Long.toString(version));
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return request;
    }

    @Test
    void a_saved_page_moves_on_and_the_indicative_result_follows_the_levels() throws Exception {
        long id = start();
        mvc.perform(saveArea(id, "CL", version(id), "CL1", "3", "CL1-evidence", "Reads at a 5-year-old level", "CL2", "4",
                "CL2-evidence", "Needs one-to-one prompting")).andExpect(redirectedUrl("/assessments/" + id + "/areas/CI"));
        Document page = Pages.parse(mvc.perform(get("/assessments/" + id + "/areas/CI").with(user(senco))).andReturn());
        assertThat(page.getElementById("indicative-total").text()).isEqualTo("16");
        assertThat(page.getElementById("indicative-band").text()).isEqualTo("2");
        assertThat(page.getElementById("indicative-amount").text()).isEqualTo("£3,090.00");

        Document tasks = Pages.parse(mvc.perform(get("/assessments/" + id).with(user(senco))).andReturn());
        assertThat(tasks.getElementById("task-CL-status").text()).isEqualTo("Completed");
        assertThat(tasks.getElementById("task-CI-status").text()).isEqualTo("Not started");
        assertThat(tasks.select("svg[role=img] title").text()).isEqualTo("Profile of needs by area");
        assertThat(tasks.select("#profile-table tbody tr").first().text()).contains("CL").contains("16");
    }

    @Test
    void save_and_come_back_later_returns_to_the_task_list() throws Exception {
        long id = start();
        mvc.perform(saveArea(id, "CI", version(id), "CI1", "1", "action", "save"))
                .andExpect(redirectedUrl("/assessments/" + id));
    }

    @Test
    void check_your_answers_names_every_missing_domain_and_links_to_it() throws Exception {
        long id = start();
        mvc.perform(saveArea(id, "CL", version(id), "CL1", "2")).andExpect(status().isFound());
        Document check = Pages.parse(mvc.perform(post("/assessments/" + id + "/submit").with(user(senco)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().isOk()).andReturn());
        assertThat(check.title()).startsWith("Error: ");
        List<String> links = check.select(".govuk-error-summary__list a").eachAttr("href");
        assertThat(links.get(0)).isEqualTo("/assessments/" + id + "/areas/CL#CL1-evidence");
        assertThat(links).contains("/assessments/" + id + "/areas/CL#CL2", "/assessments/" + id + "/areas/SB#SB1",
                "/assessments/" + id + "/details#requestedStartDate-day", "/assessments/" + id + "/details#consulted");
        assertThat(check.select(".govuk-error-summary__list").text())
                .contains("Give evidence for Learning and attainment at level 2")
                .contains("Choose a level for Memory, processing and attention");
        assertThat(jdbc.queryForObject("select count(*) from funding_case where assessment_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void a_complete_assessment_is_sent_once_with_a_reference_even_when_sent_twice() throws Exception {
        long id = completeAssessment();
        long version = version(id);
        mvc.perform(post("/assessments/" + id + "/submit").with(user(senco)).with(csrf()).param("version", Long.toString(version)))
                .andExpect(redirectedUrl("/assessments/" + id + "/submitted"));
        mvc.perform(post("/assessments/" + id + "/submit").with(user(senco)).with(csrf()).param("version", Long.toString(version)))
                .andExpect(redirectedUrl("/assessments/" + id + "/submitted"));
        Document done = Pages.parse(mvc.perform(get("/assessments/" + id + "/submitted").with(user(senco))).andReturn());
        String reference = done.getElementById("reference").text();
        assertThat(reference).matches("OB-\\d{4}-\\d{6}");
        assertThat(jdbc.queryForObject("select count(*) from funding_case where assessment_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select state from funding_case where reference = ?", String.class, reference))
                .isEqualTo("SUBMITTED");
        // After sending, the request is read-only: the pages that change it are not there.
        mvc.perform(get("/assessments/" + id + "/areas/CL").with(user(senco))).andExpect(status().isNotFound());
        Document summary = Pages.parse(mvc.perform(get("/assessments/" + id).with(user(senco))).andReturn());
        assertThat(summary.getElementById("status").text()).isEqualTo("Sent to the local authority");
        assertThat(summary.select("a:contains(Change)")).isEmpty();
    }

    @Test
    void two_people_saving_the_same_page_the_second_is_told_what_changed_and_keeps_their_answers() throws Exception {
        long id = start();
        long opened = version(id);
        mvc.perform(saveArea(id, "CL", opened, "CL1", "3", "was-CL1", "")).andExpect(status().isFound());
        Document conflict = Pages.parse(mvc.perform(saveArea(id, "CL", opened, "CL1", "1", "was-CL1", "",
                "CL1-evidence", "My own notes")).andExpect(status().isOk()).andReturn());
        assertThat(conflict.getElementById("conflict").text())
                .contains("senco saved this assessment after you opened this page")
                .contains("Learning and attainment was level - when you opened the page and is now level 3.");
        assertThat(conflict.getElementById("CL1-1").hasAttr("checked")).as("the second person's choice is kept").isTrue();
        assertThat(conflict.getElementById("CL1-evidence").text()).isEqualTo("My own notes");
        assertThat(jdbc.queryForObject("select level from assessment_answer where assessment_id = ? and domain_code = 'CL1'",
                Integer.class, id)).as("nothing of the second save was written").isEqualTo(3);
    }

    @Test
    void evidence_is_stored_exactly_and_shown_escaped() throws Exception {
        long id = start();
        String typed = "<script>alert('x')</script> & <b>bold</b>\nsecond line";
        mvc.perform(saveArea(id, "CL", version(id), "CL1", "2", "CL1-evidence", typed)).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select evidence from assessment_answer where assessment_id = ? and domain_code = 'CL1'",
                String.class, id)).isEqualTo(typed);
        String html = mvc.perform(get("/assessments/" + id + "/check").with(user(senco))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void a_start_date_far_from_today_is_an_error_on_the_date_and_nothing_is_saved() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 3));
        long id = start();
        long before = version(id);
        Document page = Pages.parse(mvc.perform(post("/assessments/" + id + "/details").with(user(senco)).with(csrf())
                .param("version", Long.toString(before)).param("requestedStartDate-day", "1")
                .param("requestedStartDate-month", "1").param("requestedStartDate-year", "2029")
                .param("consulted", "true")).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#requestedStartDate-day");
        assertThat(page.getElementById("requestedStartDate-error").text())
                .contains("The date funding should start must be within 2 years of today");
        assertThat(page.getElementById("requestedStartDate-year").val()).isEqualTo("2029");
        assertThat(version(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select requested_start_date from assessment where id = ?", LocalDate.class, id))
                .isNull();

        mvc.perform(post("/assessments/" + id + "/details").with(user(senco)).with(csrf())
                .param("version", Long.toString(before)).param("requestedStartDate-day", "3")
                .param("requestedStartDate-month", "12").param("requestedStartDate-year", "2028")
                .param("consulted", "true")).andExpect(redirectedUrl("/assessments/" + id + "/check"));
    }

    @Test
    void details_errors_name_the_field() throws Exception {
        long id = start();
        Document page = Pages.parse(mvc.perform(post("/assessments/" + id + "/details").with(user(senco)).with(csrf())
                .param("version", Long.toString(version(id))).param("requestedStartDate-day", "31")
                .param("requestedStartDate-month", "2").param("requestedStartDate-year", "2027")
                .param("lines[0].supportType", "Teaching assistant").param("lines[0].hours", "ten")
                .param("lines[0].cost", "250.999")).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#requestedStartDate-day", "#lines0-hours", "#lines0-cost");
        assertThat(page.getElementById("lines0-hours-error").text()).contains("Hours a week in row 1 must be a number");
        assertThat(page.getElementById("lines0-supportType").val()).isEqualTo("Teaching assistant");
    }

    @Test
    void another_schools_senco_finds_nothing_at_any_assessment_address() throws Exception {
        long id = start();
        for (String path : List.of("/pupils/" + pupilId + "/assessments", "/assessments/" + id,
                "/assessments/" + id + "/areas/CL", "/assessments/" + id + "/details", "/assessments/" + id + "/check",
                "/assessments/" + id + "/submitted")) {
            mvc.perform(get(path).with(user(senco2))).andExpect(status().isNotFound());
        }
        mvc.perform(saveArea(id, "CL", version(id), "CL1", "4").with(user(senco2))).andExpect(status().isNotFound());
        mvc.perform(post("/assessments/" + id + "/submit").with(user(senco2)).with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/pupils/" + pupilId + "/assessments").with(user(senco2)).with(csrf())
                .param("purpose", "NEW_REQUEST")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from assessment_answer where assessment_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void officers_read_but_do_not_write_and_finance_sees_nothing() throws Exception {
        long id = start();
        SignedInUser officer = new SignedInUser(9200, "officer", "Alex Reed", Role.CASE_OFFICER, null, null, true, true);
        SignedInUser finance = new SignedInUser(9201, "finance", "Lee Turner", Role.FINANCE_OFFICER, null, null, true, true);
        mvc.perform(get("/assessments/" + id).with(user(officer))).andExpect(status().isOk());
        mvc.perform(get("/assessments/" + id + "/areas/CL").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/assessments/" + id).with(user(finance))).andExpect(status().isForbidden());
    }

    long completeAssessment() throws Exception {
        long id = start();
        for (String area : List.of("CL", "CI", "SEMH", "SP", "IS", "SB")) {
            MockHttpServletRequestBuilder request = saveArea(id, area, version(id));
            for (String domain : DOMAINS) {
                if (domain.startsWith(area) && (!area.equals("SP") || domain.startsWith("SP")) && !(area.equals("SB")
                        && !domain.equals("SB1"))) {
                    request.param(domain, "2").param(domain + "-evidence", "Observed daily in class");
                }
            }
            mvc.perform(request).andExpect(status().isFound());
        }
        mvc.perform(post("/assessments/" + id + "/details").with(user(senco)).with(csrf())
                .param("version", Long.toString(version(id))).param("consulted", "true")
                .param("requestedStartDate-day", "1").param("requestedStartDate-month", "9")
                .param("requestedStartDate-year", Integer.toString(java.time.LocalDate.now().getYear())))
                .andExpect(redirectedUrl("/assessments/" + id + "/check"));
        return id;
    }
}
