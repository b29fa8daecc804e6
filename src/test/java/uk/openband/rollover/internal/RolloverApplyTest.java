package uk.openband.rollover.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.agreements.AgreementStatus;
import uk.openband.agreements.AgreementView;
import uk.openband.agreements.FundingAgreements;
import uk.openband.rollover.internal.RolloverModel.Candidate;
import uk.openband.rollover.internal.RolloverModel.Preview;
import uk.openband.rollover.internal.RolloverModel.Request;
import uk.openband.rollover.RolloverOptions;
import uk.openband.rollover.RolloverPolicy;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.OwnDatabase;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * Preview and apply against PostgreSQL, for each policy, with agreements made by deciding requests.
 * Band 3 is £5,459.00 and band 4 £8,446.00 in the demo tariff the requests are decided under. A roll-over
 * takes every agreement in force, so these tests have a database of their own; each checks its own
 * settings' and agreements' lines, whatever the other tests of the class left.
 */
@WebTest
@OwnDatabase
class RolloverApplyTest {

    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "admin", Role.ADMIN, null, null, true, true);
    static final Map<String, Integer> BAND_3 = CaseFixtures.BAND_3;
    static final Map<String, Integer> BAND_4 = CaseFixtures.BAND_4;

    @Autowired MockMvc mvc;
    @Autowired CatalogueAdministration admin;
    @Autowired FrameworkCatalogue catalogue;
    @Autowired SettingDirectory settings;
    @Autowired PupilRegistry pupils;
    @Autowired AssessmentManagement assessments;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired RolloverAgreements agreements;
    @Autowired FundingAgreements funding;
    @Autowired RolloverService rollovers;
    @Autowired RolloverRuns runs;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    RolloverFixtures f;

    @BeforeEach
    void fixtures() {
        clock.setToday(RolloverFixtures.TODAY);
        f = new RolloverFixtures(admin, catalogue, settings, pupils, assessments, queries, workflow, decisions,
                agreements);
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Funding for six terms from 1 January of the year, reviewed on 1 September. */
    Candidate agreement(SettingSummary s, Map<String, Integer> levels, int year) {
        return f.agreement(s.id(), levels, d(year, 1, 1), 6, d(year, 9, 1));
    }

    Document preview(VersionSummary table, LocalDate date, String policy, boolean noLoss, String cap)
            throws Exception {
        MockHttpServletRequestBuilder get = get("/rollovers/preview").param("table", Long.toString(table.id()))
                .param("effectiveFrom-day", Integer.toString(date.getDayOfMonth()))
                .param("effectiveFrom-month", Integer.toString(date.getMonthValue()))
                .param("effectiveFrom-year", Integer.toString(date.getYear())).param("policy", policy)
                .param("noLoss", Boolean.toString(noLoss));
        if (cap != null) {
            get.param("capPercent", cap);
        }
        return Pages.parse(mvc.perform(get.with(user(ADMIN))).andExpect(status().isOk()).andReturn());
    }

    /** Ticks the confirmation and applies the preview as a browser would send it. */
    MvcResult apply(Document preview) throws Exception {
        MockHttpServletRequestBuilder post = post("/rollovers/apply").with(csrf()).with(user(ADMIN));
        for (Element input : preview.select("#apply-form input[type=hidden]")) {
            post.param(input.attr("name"), input.val());
        }
        return mvc.perform(post.param("confirm", "true")).andReturn();
    }

    long appliedRun(Document preview) throws Exception {
        MvcResult result = apply(preview);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String to = result.getResponse().getRedirectedUrl();
        assertThat(to).startsWith("/rollovers/runs/");
        return Long.parseLong(to.substring("/rollovers/runs/".length()));
    }

    static String cell(Document page, String rowId, String cls) {
        Element row = page.getElementById(rowId);
        assertThat(row).as("row " + rowId).isNotNull();
        return row.selectFirst("." + cls).text();
    }

    /** The agreement funding that pupil on that day, whatever its status. */
    AgreementView on(Candidate a, LocalDate day) {
        return funding.search(PupilScope.allSettings(), a.pupilId(), null, day).stream().findFirst().orElseThrow();
    }

    @Test
    void protected_keeps_each_amount_until_its_review_date() throws Exception {
        SettingSummary school = f.newSetting("Protected Primary");
        Candidate runsPastReview = agreement(school, BAND_3, 2028);
        Candidate endsAtReview = f.agreement(school.id(), BAND_3, d(2028, 1, 1), null, d(2028, 12, 1));
        assertThat(runsPastReview.annualAmount()).isEqualByComparingTo("5459.00");
        VersionSummary table = f.publish(RolloverFixtures.times("1.03"));

        Document preview = preview(table, d(2028, 4, 1), "PROTECTED", false, null);
        assertThat(cell(preview, "change-" + runsPastReview.reference(), "new")).isEqualTo("£5,622.77");
        assertThat(cell(preview, "change-" + runsPastReview.reference(), "from")).isEqualTo("1 September 2028");
        assertThat(preview.getElementById("change-" + endsAtReview.reference())).isNull();
        assertThat(cell(preview, "unchanged-" + endsAtReview.reference(), "reason"))
                .isEqualTo("Protected: ends on or before its review date");
        // 163.77 x 212 days (1 September to 31 March) / 365 = 95.12.
        assertThat(cell(preview, "setting-" + school.id(), "annual")).isEqualTo("+£163.77");
        assertThat(cell(preview, "setting-" + school.id(), "rest")).isEqualTo("+£95.12");

        appliedRun(preview);
        assertThat(on(runsPastReview, d(2028, 8, 31)).annualAmount()).isEqualByComparingTo("5459.00");
        assertThat(on(runsPastReview, d(2028, 8, 31)).status()).isEqualTo(AgreementStatus.SUPERSEDED);
        AgreementView after = on(runsPastReview, d(2028, 9, 1));
        assertThat(after.annualAmount()).isEqualByComparingTo("5622.77");
        assertThat(after.bandingVersion()).isEqualTo(table.version());
        assertThat(after.endDate()).isEqualTo(runsPastReview.endDate());
        assertThat(on(endsAtReview, d(2028, 11, 30)).id()).isEqualTo(endsAtReview.id());
    }

    @Test
    void move_pays_the_new_tables_amount_from_the_effective_date() throws Exception {
        SettingSummary school = f.newSetting("Move Primary");
        Candidate three = agreement(school, BAND_3, 2028);
        Candidate four = agreement(school, BAND_4, 2028);
        VersionSummary table = f.publish(RolloverFixtures.times("1.03"));

        Document preview = preview(table, d(2028, 4, 1), "MOVE", false, null);
        assertThat(cell(preview, "change-" + three.reference(), "from")).isEqualTo("1 April 2028");
        assertThat(cell(preview, "change-" + four.reference(), "new")).isEqualTo("£8,699.38");
        long run = appliedRun(preview);

        assertThat(on(three, d(2028, 3, 31)).id()).isEqualTo(three.id());
        assertThat(on(three, d(2028, 4, 1)).annualAmount()).isEqualByComparingTo("5622.77");
        assertThat(on(four, d(2028, 4, 1)).annualAmount()).isEqualByComparingTo("8699.38");
        // The run also takes the agreements that the class's other tests left in force from that date.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_rollover_line l JOIN funding_agreement a "
                + "ON a.id = l.agreement_id WHERE l.run_id = ? AND a.setting_id = ?", Integer.class, run, school.id()))
                .isEqualTo(2);
        int superseded = jdbc.queryForObject("SELECT count(*) FROM funding_rollover_line WHERE run_id = ?",
                Integer.class, run);
        Document page = Pages.parse(mvc.perform(get("/rollovers/runs/" + run).with(user(ADMIN)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("run-counts").text()).startsWith(superseded + " superseded");
    }

    @Test
    void an_agreement_that_starts_after_the_effective_date_moves_from_its_own_start() throws Exception {
        SettingSummary school = f.newSetting("Later Start Primary");
        Candidate later = f.agreement(school.id(), BAND_3, d(2028, 6, 1), 6, d(2028, 12, 1));
        VersionSummary table = f.publish(RolloverFixtures.times("1.03"));

        Document preview = preview(table, d(2028, 4, 1), "MOVE", false, null);
        assertThat(cell(preview, "change-" + later.reference(), "from")).isEqualTo("1 June 2028");
        appliedRun(preview);

        AgreementView replacement = on(later, d(2028, 6, 1));
        assertThat(replacement.id()).isNotEqualTo(later.id());
        assertThat(replacement.annualAmount()).isEqualByComparingTo("5622.77");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_payment_line WHERE agreement_id = ?",
                Integer.class, later.id())).isZero();
    }

    @Test
    void a_three_per_cent_uplift_raises_every_agreement_and_totals_by_setting_to_the_penny() throws Exception {
        SettingSummary first = f.newSetting("Uplift First");
        SettingSummary second = f.newSetting("Uplift Second");
        List<Candidate> made = List.of(agreement(first, BAND_3, 2028), agreement(first, BAND_3, 2028),
                agreement(first, BAND_4, 2028), agreement(second, BAND_4, 2028));
        VersionSummary table = f.publish(RolloverFixtures.times("1.03"));

        Preview preview = rollovers.preview(new Request(catalogue.banding(table.key(), table.version()).orElseThrow(),
                d(2028, 10, 1), RolloverOptions.of(RolloverPolicy.MOVE)));
        for (Candidate a : made) {
            var change = preview.changes().stream().filter(c -> c.agreementId() == a.id()).findFirst().orElseThrow();
            assertThat(change.newAnnual()).isEqualTo(a.annualAmount().multiply(new BigDecimal("1.03"))
                    .setScale(2, java.math.RoundingMode.HALF_UP));
        }
        // Rest of year: 1 October to 31 March is 182 of 365 days: 163.77 -> 81.66, 253.38 -> 126.34.
        var byId = preview.settingTotals().stream()
                .collect(java.util.stream.Collectors.toMap(RolloverModel.SettingTotal::settingId, t -> t));
        assertThat(byId.get(first.id()).annualChange()).isEqualTo("580.92");
        assertThat(byId.get(first.id()).restOfYearChange()).isEqualTo("289.66");
        assertThat(byId.get(first.id()).agreements()).isEqualTo(3);
        assertThat(byId.get(second.id()).annualChange()).isEqualTo("253.38");
        assertThat(byId.get(second.id()).restOfYearChange()).isEqualTo("126.34");
        assertThat(preview.annualChange()).isEqualTo(preview.settingTotals().stream()
                .map(RolloverModel.SettingTotal::annualChange).reduce(BigDecimal.ZERO, BigDecimal::add));

        Document page = preview(table, d(2028, 10, 1), "MOVE", false, null);
        assertThat(page.getElementById("totals-hint").text()).contains("to its end or 31 March 2029");
        assertThat(cell(page, "setting-" + first.id(), "annual")).isEqualTo("+£580.92");
        assertThat(cell(page, "setting-" + second.id(), "rest")).isEqualTo("+£126.34");
        long run = appliedRun(page);

        assertThat(jdbc.queryForObject("SELECT annual_change FROM funding_rollover_setting_total WHERE run_id = ? "
                + "AND setting_id = ?", BigDecimal.class, run, first.id())).isEqualTo("580.92");
        assertThat(jdbc.queryForObject("SELECT rest_of_year_change FROM funding_rollover_setting_total WHERE run_id = ? "
                + "AND setting_id = ?", BigDecimal.class, run, second.id())).isEqualTo("126.34");
        for (Candidate a : made) {
            assertThat(on(a, d(2028, 10, 1)).annualAmount()).isEqualByComparingTo(a.annualAmount()
                    .multiply(new BigDecimal("1.03")).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        AuditEntry event = audit.eventsAbout("ROLLOVER_RUN", Long.toString(run)).get(0);
        assertThat(event.action()).isEqualTo("ROLLOVER_APPLIED");
        assertThat(event.actor()).isEqualTo("admin");
        assertThat(event.detailsJson()).contains("\"policy\": \"MOVE\"").contains(table.version())
                .doesNotContain("Case Work");
    }

    @Test
    void with_no_loss_no_agreement_and_no_school_goes_down_when_the_table_lowers_a_band() throws Exception {
        SettingSummary onlyThrees = f.newSetting("No Loss Threes");
        SettingSummary mixed = f.newSetting("No Loss Mixed");
        Candidate a = agreement(onlyThrees, BAND_3, 2028);
        Candidate b = agreement(onlyThrees, BAND_3, 2028);
        Candidate c = agreement(mixed, BAND_3, 2028);
        Candidate d = agreement(mixed, BAND_4, 2028);
        // Band 3 falls 10% (to 4,913.10); every other band rises 2% (band 4 to 8,614.92).
        VersionSummary table = f.publish(r -> RolloverFixtures.times(r.band().equals("3") ? "0.90" : "1.02")
                .apply(r));

        Document losing = preview(table, d(2028, 4, 1), "MOVE", false, null);
        assertThat(cell(losing, "setting-" + onlyThrees.id(), "annual")).isEqualTo("−£1,091.80");

        Document page = preview(table, d(2028, 4, 1), "MOVE", true, null);
        for (Candidate kept : List.of(a, b, c)) {
            assertThat(cell(page, "unchanged-" + kept.reference(), "reason"))
                    .isEqualTo("The new table's amount, £4,913.10, is lower: no-loss keeps the current amount");
        }
        assertThat(cell(page, "change-" + d.reference(), "difference")).isEqualTo("+£168.92");
        for (Element diff : page.select("#changes .difference")) {
            assertThat(diff.text()).doesNotStartWith("−");
        }
        for (Element total : page.select("#setting-totals td.annual, #setting-totals td.rest")) {
            assertThat(total.text()).doesNotStartWith("−");
        }
        assertThat(page.getElementById("setting-" + onlyThrees.id())).as("nothing changes there").isNull();

        appliedRun(page);
        assertThat(on(a, d(2028, 4, 1)).id()).isEqualTo(a.id());
        assertThat(on(c, d(2028, 4, 1)).annualAmount()).isEqualByComparingTo("5459.00");
        assertThat(on(d, d(2028, 4, 1)).annualAmount()).isEqualByComparingTo("8614.92");
    }

    @Test
    void a_cap_limits_each_change_to_its_percentage() throws Exception {
        SettingSummary school = f.newSetting("Capped Primary");
        Candidate three = agreement(school, BAND_3, 2028);
        Candidate four = agreement(school, BAND_4, 2028);
        VersionSummary table = f.publish(RolloverFixtures.times("1.10"));

        Document page = preview(table, d(2028, 4, 1), "MOVE", false, "3");
        assertThat(cell(page, "change-" + three.reference(), "new")).startsWith("£5,622.77").contains("Capped");
        assertThat(cell(page, "change-" + four.reference(), "difference")).isEqualTo("+£253.38");
        assertThat(page.getElementById("options").text()).contains("Changes capped at 3%");

        appliedRun(page);
        assertThat(on(three, d(2028, 4, 1)).annualAmount()).isEqualByComparingTo("5622.77");
        assertThat(on(four, d(2028, 4, 1)).annualAmount()).isEqualByComparingTo("8699.38");
    }

    @Test
    void a_stale_preview_is_refused_and_the_same_preview_is_never_applied_twice() throws Exception {
        SettingSummary school = f.newSetting("Stale Primary");
        Candidate first = agreement(school, BAND_3, 2028);
        VersionSummary table = f.publish(RolloverFixtures.times("1.03"));
        Document stale = preview(table, d(2028, 4, 1), "MOVE", false, null);

        Candidate second = agreement(school, BAND_4, 2028);
        MvcResult refused = apply(stale);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document fresh = Pages.parse(refused);
        assertThat(fresh.selectFirst(".govuk-notification-banner").text())
                .contains("The agreements changed since your preview, so nothing was applied.");
        assertThat(fresh.getElementById("change-" + second.reference())).isNotNull();
        assertThat(on(first, d(2028, 4, 1)).id()).as("nothing applied").isEqualTo(first.id());

        long run = appliedRun(fresh);
        MvcResult again = apply(fresh);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/rollovers/runs/" + run);
        assertThat(again.getFlashMap().get("banner")).isEqualTo("This roll-over was applied already. Nothing was "
                + "applied again.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_rollover_line WHERE agreement_id IN (?, ?)",
                Integer.class, first.id(), second.id())).isEqualTo(2);
        assertThat(on(second, d(2028, 4, 1)).annualAmount()).isEqualByComparingTo("8699.38");
    }

    @Test
    void when_one_agreement_cannot_be_superseded_nothing_is_applied() {
        SettingSummary school = f.newSetting("Failing Primary");
        Candidate first = agreement(school, BAND_3, 2028);
        Candidate second = agreement(school, BAND_4, 2028);
        VersionSummary table = f.publish(RolloverFixtures.times("1.03"));
        // The roll-over also takes agreements the class's other tests left; it fails at this test's second one,
        // after superseding its first (they go in reference order).
        List<Long> superseded = new java.util.ArrayList<>();
        RolloverAgreements failingSecond = new RolloverAgreements() {
            public List<Candidate> activeFrom(LocalDate date) {
                return agreements.activeFrom(date);
            }

            public long supersede(long id, LocalDate from, BigDecimal annual, BigDecimal termly, String key,
                    String version, String reason, String by) {
                if (id == second.id()) {
                    throw new IllegalStateException("payment lines could not be made");
                }
                long replacement = agreements.supersede(id, from, annual, termly, key, version, reason, by);
                superseded.add(id);
                return replacement;
            }
        };
        RolloverService service = new RolloverService(failingSecond, runs, settings, pupils, e -> { });
        Request request = new Request(catalogue.banding(table.key(), table.version()).orElseThrow(), d(2028, 4, 1),
                RolloverOptions.of(RolloverPolicy.MOVE));
        String fingerprint = service.preview(request).fingerprint();
        int runsBefore = jdbc.queryForObject("SELECT count(*) FROM funding_rollover_run", Integer.class);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> service.apply(request, fingerprint, "admin")))
                .isInstanceOf(RolloverExceptions.Failed.class)
                .hasMessageContaining("could not be superseded: payment lines could not be made");
        assertThat(superseded).as("the first was superseded before the second failed").contains(first.id());
        assertThat(on(first, d(2028, 4, 1)).id()).as("the first supersede was rolled back").isEqualTo(first.id());
        assertThat(on(second, d(2028, 4, 1)).id()).isEqualTo(second.id());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM funding_rollover_run", Integer.class))
                .isEqualTo(runsBefore);
    }
}
