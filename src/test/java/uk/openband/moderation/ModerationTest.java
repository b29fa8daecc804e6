package uk.openband.moderation;

import uk.openband.platform.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseState;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.OwnDatabase;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * Sampling, the blind re-score and its guard, agreement and the rates, against PostgreSQL and through the pages.
 * A month's sample draws from every decision of that month, once, so these tests have a database of their own.
 * Each test uses months of its own among the last few (the demo data's decisions are in this month).
 */
@WebTest
@OwnDatabase
class ModerationTest {

    static final SignedInUser OFFICER = new SignedInUser(9300, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);
    static final SignedInUser MANAGER = new SignedInUser(9301, "manager", "Chris Evans", Role.SEND_MANAGER, null,
            null, true, true);
    static final SignedInUser OTHER_OFFICER = new SignedInUser(9310, "officer2", "Sam Hill", Role.CASE_OFFICER, null,
            null, true, true);

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired ModerationSampling sampling;
    @Autowired ModerationReviews reviews;
    @Autowired ModerationRates rates;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    /** The month {@code n} months before this one. */
    YearMonth monthsAgo(int n) {
        return YearMonth.now(clock).minusMonths(n);
    }

    /** A band 3 case decided under delegation by "officer", moved into the given month. */
    long decidedIn(YearMonth month) {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = cases.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, null, null, null, LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "The evidence supports every level.", null), "officer");
        jdbc.update("UPDATE case_decision SET decided_at = ? WHERE id = (SELECT decision_id FROM funding_case WHERE id = ?)",
                Timestamp.valueOf(month.atDay(15).atTime(12, 0)), c.id());
        return c.id();
    }

    List<Long> sampled(ModerationSampling.Sample s) {
        return sampling.cases(s.id()).stream().map(ModerationSampling.SampledCase::caseId).sorted().toList();
    }

    /** Every domain at level 1 (the school's and the decided level) except CL1 at 2 and SP1 at 0: 10 of 12 agree. */
    static Map<String, Integer> blindLevels() {
        Map<String, Integer> levels = new HashMap<>(CaseFixtures.BAND_3);
        levels.put("CL1", 2);
        levels.put("SP1", 0);
        return levels;
    }

    MockHttpServletRequestBuilder blindPost(long caseId, Map<String, Integer> levels, SignedInUser who) {
        MockHttpServletRequestBuilder post = post("/moderation/cases/" + caseId).with(user(who)).with(csrf());
        levels.forEach((k, v) -> post.param("level-" + k, v.toString()));
        return post;
    }

    Document page(String url, SignedInUser who) throws Exception {
        return Pages.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void these_tests_have_a_database_of_their_own() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class))
                .startsWith("openband_moderationtest_");
    }

    @Test
    void the_sample_size_is_the_share_rounded_up() {
        assertThat(ModerationSampling.sampleSize(0, 10)).isZero();
        assertThat(ModerationSampling.sampleSize(1, 10)).isEqualTo(1);
        assertThat(ModerationSampling.sampleSize(10, 10)).isEqualTo(1);
        assertThat(ModerationSampling.sampleSize(11, 10)).isEqualTo(2);
        assertThat(ModerationSampling.sampleSize(100, 10)).isEqualTo(10);
        assertThat(ModerationSampling.sampleSize(7, 100)).isEqualTo(7);
    }

    @Test
    void a_month_is_sampled_once_reproducibly_from_its_seed() {
        YearMonth month = monthsAgo(3);
        List<Long> decided = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            decided.add(decidedIn(month));
        }
        decidedIn(month.plusMonths(1));
        ModerationSampling.Sample s = sampling.draw(month, 42L, "manager");
        assertThat(s.population()).isEqualTo(11);
        assertThat(s.sampled()).isEqualTo(2);
        assertThat(s.seed()).isEqualTo(42L);
        assertThat(s.percent()).isEqualTo(10);

        List<Long> again = new ArrayList<>(decided.stream().sorted().toList());
        Collections.shuffle(again, new Random(42L));
        assertThat(sampled(s)).isEqualTo(again.subList(0, 2).stream().sorted().toList());

        assertThatThrownBy(() -> sampling.draw(month, "manager")).isInstanceOf(Refused.class)
                .hasMessage("The sample for this month has already been drawn");
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO moderation_sample (month, seed, percent, population, drawn_by, drawn_at)
                VALUES (?, 1, 10, 0, 'x', now())""", month.atDay(1))).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> sampling.draw(YearMonth.now(clock).plusMonths(1), "manager"))
                .isInstanceOf(Refused.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'MODERATION_SAMPLE_DRAWN' AND subject_id = ?",
                Integer.class, Long.toString(s.id()))).isEqualTo(1);
    }

    @Test
    void the_monthly_job_draws_last_month_once() {
        decidedIn(YearMonth.now(clock).minusMonths(1));
        sampling.drawLastMonth();
        sampling.drawLastMonth();
        assertThat(sampling.find(YearMonth.now(clock).minusMonths(1))).isPresent();
    }

    @Test
    void the_blind_page_never_shows_the_decided_levels_and_agreement_follows() throws Exception {
        YearMonth month = monthsAgo(4);
        long caseId = decidedIn(month);
        ModerationSampling.Sample s = sampling.draw(month, 7L, "manager");
        assertThat(sampled(s)).containsExactly(caseId);

        Document refused = page("/moderation/cases/" + caseId, OFFICER);
        assertThat(refused.getElementById("refused").text()).contains("You decided this case");

        String html = mvc.perform(get("/moderation/cases/" + caseId).with(user(MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document blind = org.jsoup.Jsoup.parse(html);
        assertThat(blind.select("input[type=radio]")).isNotEmpty();
        assertThat(blind.select("input[checked]")).isEmpty();
        assertThat(blind.getElementById("comparison")).isNull();
        assertThat(blind.getElementById("level-CL1-evidence").text()).contains("Evidence for CL1");
        assertThat(html).doesNotContain("Decided level", "5,459", "Band 3", "band 3", "27.00");
        assertThat(blind.select("#level-CL1").attr("name")).isEqualTo("level-CL1");

        Map<String, Integer> missing = new HashMap<>(blindLevels());
        missing.remove("SB1");
        Document error = Pages.parse(mvc.perform(blindPost(caseId, missing, MANAGER)).andExpect(status().isOk())
                .andReturn());
        assertThat(error.title()).startsWith("Error: ");
        assertThat(error.select(".govuk-error-summary a").attr("href")).isEqualTo("#level-SB1");
        assertThat(error.select("input[checked]")).hasSize(11);

        mvc.perform(blindPost(caseId, blindLevels(), OFFICER)).andExpect(status().isOk());
        assertThat(reviews.scored(caseId)).isFalse();
        mvc.perform(blindPost(caseId, blindLevels(), MANAGER))
                .andExpect(redirectedUrl("/moderation/cases/" + caseId));

        Document compared = page("/moderation/cases/" + caseId, MANAGER);
        assertThat(compared.getElementById("agreed").text()).startsWith("10 of 12 domains agree");
        assertThat(compared.getElementById("domain-CL1").text()).contains("2 1 Disagree");
        assertThat(compared.getElementById("domain-SP1").text()).contains("0 1 Disagree");
        assertThat(compared.getElementById("domain-CL2").text()).contains("1 1 Agree");
        assertThat(jdbc.queryForObject("SELECT count(*) FILTER (WHERE agrees) FROM moderation_domain WHERE case_id = ?",
                Integer.class, caseId)).isEqualTo(10);

        assertThatThrownBy(() -> reviews.score(caseId, blindLevels(), "officer2"))
                .isInstanceOf(Refused.class).hasMessage("This case has already been moderated");
        assertThatThrownBy(() -> reviews.note(caseId, "Mine", "officer2")).isInstanceOf(Refused.class);
        mvc.perform(post("/moderation/cases/" + caseId + "/note").with(user(MANAGER)).with(csrf())
                .param("note", "Communication levels were generous.")).andExpect(redirectedUrl("/moderation/cases/" + caseId));
        assertThat(page("/moderation/cases/" + caseId, OTHER_OFFICER).getElementById("saved-note").text())
                .isEqualTo("Communication levels were generous.");
        mvc.perform(get("/moderation/cases/" + caseId).with(user(new SignedInUser(9320, "senco", "S", Role.SENCO,
                1L, null, true, true)))).andExpect(status().isForbidden());
    }

    @Test
    void the_rates_are_counted_per_domain_per_officer_and_overall() throws Exception {
        YearMonth firstMonth = monthsAgo(6);
        YearMonth secondMonth = monthsAgo(5);
        long first = decidedIn(firstMonth);
        long second = decidedIn(secondMonth);
        sampling.draw(firstMonth, 1L, "manager");
        sampling.draw(secondMonth, 1L, "manager");
        reviews.score(first, blindLevels(), "manager");
        reviews.score(second, CaseFixtures.BAND_3, "officer2");

        ModerationRates.Rates r = rates.between(firstMonth.atDay(1), secondMonth.atEndOfMonth());
        assertThat(r.overall()).satisfies(o -> {
            assertThat(o.cases()).isEqualTo(2);
            assertThat(o.domains()).isEqualTo(24);
            assertThat(o.agreed()).isEqualTo(22);
            assertThat(o.percent()).isEqualByComparingTo("91.7");
        });
        assertThat(r.byDomain()).hasSize(12);
        assertThat(r.byDomain()).filteredOn(d -> d.key().equals("CL1")).singleElement()
                .satisfies(d -> assertThat(d.percent()).isEqualByComparingTo("50.0"));
        assertThat(r.byDomain()).filteredOn(d -> d.key().equals("CL2")).singleElement()
                .satisfies(d -> assertThat(d.percent()).isEqualByComparingTo("100.0"));
        assertThat(r.byOfficer()).singleElement().satisfies(o -> {
            assertThat(o.key()).isEqualTo("officer");
            assertThat(o.agreed()).isEqualTo(22);
        });
        assertThat(r.byPanel()).isEmpty();
        assertThat(rates.between(secondMonth.atDay(1), secondMonth.atEndOfMonth()).overall().percent())
                .isEqualByComparingTo("100.0");

        Document shown = page("/moderation/rates?from=" + firstMonth.atDay(1) + "&to=" + secondMonth.atEndOfMonth(),
                MANAGER);
        assertThat(shown.getElementById("rate-overall-all").text()).isEqualTo("All 2 24 22 91.7%");
        assertThat(shown.getElementById("rate-domain-CL1").text()).isEqualTo("CL1 2 2 1 50.0%");
        mvc.perform(get("/moderation/rates").with(user(OFFICER))).andExpect(status().isForbidden());
        Document list = page("/moderation", MANAGER);
        assertThat(list.getElementById("moderation-case-" + first)).isNotNull();
    }

    @Test
    void a_month_without_decisions_is_not_drawn_so_it_is_not_used_up() throws Exception {
        YearMonth empty = monthsAgo(7);
        String named = empty.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        int samplesBefore = jdbc.queryForObject("SELECT count(*) FROM moderation_sample", Integer.class);
        assertThatThrownBy(() -> sampling.draw(empty, 5L, "manager")).isInstanceOf(Refused.class)
                .hasMessage("No decisions came into force in " + named
                        + ", so there is nothing to sample. Choose a month with decisions")
                .satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("moderation.refused.noDecisions"));
        assertThatThrownBy(() -> sampling.draw(empty, "manager")).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("month"));

        Document page = Pages.parse(mvc.perform(post("/moderation/samples").with(user(MANAGER)).with(csrf())
                .param("month", empty.toString())).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary").text())
                .contains("No decisions came into force in " + named + ", so there is nothing to sample");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM moderation_sample", Integer.class)).isEqualTo(samplesBefore);
        assertThat(sampling.find(empty)).isEmpty();

        // once it has a decision, the month can be drawn
        long caseId = decidedIn(empty);
        assertThat(sampled(sampling.draw(empty, 5L, "manager"))).containsExactly(caseId);
    }

    /**
     * A blind re-score stays blind: once someone opens the blind re-score of a sampled case, the case page and
     * the case API refuse them that case, with a clear message, until the case is scored; others still open it.
     */
    @Test
    void a_moderator_part_way_through_a_blind_re_score_cannot_open_the_case_until_it_is_saved() throws Exception {
        YearMonth month = monthsAgo(8);
        long caseId = decidedIn(month);
        assertThat(sampled(sampling.draw(month, 11L, "manager"))).containsExactly(caseId);
        String casePage = "/cases/" + caseId;

        // Before starting, the case is open to them.
        mvc.perform(get(casePage).with(user(OTHER_OFFICER))).andExpect(status().isOk());

        mvc.perform(get("/moderation/cases/" + caseId).with(user(OTHER_OFFICER)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'MODERATION_BLIND_STARTED' "
                + "AND subject_id = ? AND actor = 'officer2'", Integer.class, Long.toString(caseId))).isEqualTo(1);

        Document hidden = Pages.parse(mvc.perform(get(casePage).with(user(OTHER_OFFICER)))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(hidden.getElementById("hidden-reason").text()).startsWith("You are re-scoring case OB-")
                .contains("blind for moderation");
        assertThat(hidden.getElementById("to-blind-score").attr("href")).isEqualTo("/moderation/cases/" + caseId);
        assertThat(hidden.text()).doesNotContain("Band 3", "5,459", "The evidence supports every level.");

        mvc.perform(get("/api/v1/cases/" + caseId).with(user(OTHER_OFFICER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("blind for moderation")));
        long version = cases.detail(caseId).orElseThrow().version();
        mvc.perform(post("/api/v1/cases/" + caseId + "/withdraw").with(user(OTHER_OFFICER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + ", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(cases.detail(caseId).orElseThrow().state()).isEqualTo(CaseState.FUNDED);

        // The request's pages and API show the levels too: refused the same way.
        long assessmentId = cases.summary(caseId).orElseThrow().assessmentId();
        Document request = Pages.parse(mvc.perform(get("/assessments/" + assessmentId)
                .with(user(OTHER_OFFICER))).andExpect(status().isForbidden()).andReturn());
        assertThat(request.getElementById("hidden-reason").text()).contains("blind for moderation");
        mvc.perform(get("/api/v1/assessments/" + assessmentId).with(user(OTHER_OFFICER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // Everybody else still opens it.
        mvc.perform(get("/assessments/" + assessmentId).with(user(MANAGER))).andExpect(status().isOk());
        mvc.perform(get(casePage).with(user(MANAGER))).andExpect(status().isOk());

        // Once the re-score is saved, the case opens to them again (and shows both).
        MockHttpServletRequestBuilder score = post("/moderation/cases/" + caseId).with(user(OTHER_OFFICER))
                .with(csrf());
        blindLevels().forEach((k, v) -> score.param("level-" + k, v.toString()));
        mvc.perform(score).andExpect(redirectedUrl("/moderation/cases/" + caseId));
        mvc.perform(get(casePage).with(user(OTHER_OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + caseId).with(user(OTHER_OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/assessments/" + assessmentId).with(user(OTHER_OFFICER)))
                .andExpect(status().isOk());
    }
}
