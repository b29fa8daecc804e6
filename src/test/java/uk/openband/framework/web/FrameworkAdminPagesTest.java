package uk.openband.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.audit.AuditEntry;
import uk.openband.audit.AuditLog;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionState;
import uk.openband.framework.VersionSummary;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/**
 * The framework admin pages: new draft, area edits with the GOV.UK error pattern, conflicts, publishing. Today is
 * {@link #TODAY}; the drafts take effect from the next financial year, and the version the publishing test
 * publishes it retires again, so the version in force on any day is the demo one for every other test.
 */
@WebTest
class FrameworkAdminPagesTest {

    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "Morgan Hughes", Role.ADMIN, null, null, true, true);
    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    @Autowired
    MockMvc mvc;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    long demoFrameworkId() {
        return catalogue.frameworkVersions().stream()
                .filter(v -> v.key().equals("demo-high-needs-matrix") && v.version().equals("2025-26.1"))
                .findFirst().orElseThrow().id();
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Pages.parse(mvc.perform(request.with(user(ADMIN))).andExpect(status().isOk()).andReturn());
    }

    /** Starts a draft from the demo framework, effective from 1 April 2027. */
    VersionSummary newDraft() throws Exception {
        String version = "t-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/frameworks/" + demoFrameworkId() + "/new-draft").with(user(ADMIN)).with(csrf())
                        .param("version", version).param("effectiveFrom-day", "1").param("effectiveFrom-month", "4")
                        .param("effectiveFrom-year", "2027").param("changeNote", "Test draft"))
                .andExpect(status().isFound());
        return catalogue.frameworkVersions().stream().filter(v -> v.version().equals(version)).findFirst().orElseThrow();
    }

    @Test
    void lists_frameworks_and_tariffs_with_states_and_dates() throws Exception {
        Document page = page(get("/admin/frameworks"));
        assertThat(page.title()).isEqualTo("Frameworks and tariffs – OpenBand");
        assertThat(page.select("#frameworks tbody").text()).contains("Demo high needs matrix").contains("2025-26.1")
                .contains("Published").contains("From 1 April 2025");
        assertThat(page.select("#bandings tbody").text()).contains("2026-27").contains("1 April 2026 to 31 March 2027");
        assertThat(page.select(".govuk-service-navigation__item--active").text()).isEqualTo("Frameworks");
    }

    @Test
    void a_new_draft_needs_a_new_version_and_a_real_date() throws Exception {
        Document blank = page(post("/admin/frameworks/" + demoFrameworkId() + "/new-draft").with(csrf()));
        Pages.assertFieldError(blank, "version", "Enter a version for the new draft");
        assertThat(blank.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#version",
                "#effectiveFrom-day");
        assertThat(blank.getElementById("effectiveFrom-error").text())
                .isEqualTo("Error: Enter the date the new version applies from");

        Document taken = page(post("/admin/frameworks/" + demoFrameworkId() + "/new-draft").with(csrf())
                .param("version", "2025-26.1").param("effectiveFrom-day", "31").param("effectiveFrom-month", "2")
                .param("effectiveFrom-year", "2026"));
        assertThat(taken.select(".govuk-error-summary a").eachText()).containsExactly(
                "Effective from must be a real date, for example 1 4 2026");
        Document partTyped = page(post("/admin/frameworks/" + demoFrameworkId() + "/new-draft").with(csrf())
                .param("version", "t-part").param("effectiveFrom-day", "1").param("effectiveFrom-month", "4"));
        assertThat(partTyped.select(".govuk-error-summary a").eachText()).containsExactly(
                "Effective from must include a year");
        assertThat(partTyped.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#effectiveFrom-year");
        assertThat(partTyped.getElementById("effectiveFrom-error").text())
                .isEqualTo("Error: Effective from must include a year");
        assertThat(partTyped.select(".govuk-input--error").eachAttr("id")).containsExactly("effectiveFrom-year");
        Document noDay = page(post("/admin/frameworks/" + demoFrameworkId() + "/new-draft").with(csrf())
                .param("version", "t-part").param("effectiveFrom-year", "2026"));
        assertThat(noDay.select(".govuk-error-summary a").eachText()).containsExactly(
                "Effective from must include a day and month");
        assertThat(noDay.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#effectiveFrom-day");
        Document duplicate = page(post("/admin/frameworks/" + demoFrameworkId() + "/new-draft").with(csrf())
                .param("version", "2025-26.1").param("effectiveFrom-day", "1").param("effectiveFrom-month", "4")
                .param("effectiveFrom-year", "2026"));
        Pages.assertFieldError(duplicate, "version", "Version 2025-26.1 already exists. Enter a different version");
    }

    @Test
    void editing_an_area_validates_every_field_and_saves_nothing_on_error() throws Exception {
        VersionSummary draft = newDraft();
        String url = "/admin/frameworks/" + draft.id() + "/areas/CL";
        Document form = page(get(url));
        assertThat(form.title()).isEqualTo("Change area: Cognition and learning – OpenBand");
        String lock = form.select("input[name=lockVersion]").val();

        Document errors = page(post(url).with(csrf()).param("lockVersion", lock).param("name", "Cognition and learning")
                .param("weight", "0").param("cap", "lots").param("fundable", "true")
                .param("domain-0-name", "Learning and attainment")
                .param("domain-0-level-3-points", "-1").param("domain-0-level-3-descriptors", " \n ")
                .param("domain-1-name", ""));
        Pages.assertFieldError(errors, "weight", "Weight must be > 0");
        Pages.assertFieldError(errors, "cap", "Cap must be a number");
        Pages.assertFieldError(errors, "domain-0-level-3-points", "Points for Learning and attainment level 3 must be >= 0");
        assertThat(errors.getElementById("domain-0-level-3-descriptors-error")).isNotNull();
        assertThat(errors.getElementById("domain-1-name-error").text()).startsWith("Error: Name of domain CL2");
        assertThat(errors.getElementById("cap").val()).as("what was typed is kept").isEqualTo("lots");
        assertThat(catalogue.frameworkInAnyState(draft.key(), draft.version()).orElseThrow().area("CL").orElseThrow()
                .weight()).as("nothing saved").isEqualByComparingTo("4");
    }

    @Test
    void a_valid_edit_is_saved_whole_and_a_stale_save_is_a_conflict() throws Exception {
        VersionSummary draft = newDraft();
        String url = "/admin/frameworks/" + draft.id() + "/areas/CL";
        Document form = page(get(url));
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Element input : form.select("form input[name], form textarea[name]")) {
            if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
                values.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
            }
        }
        values.put("cap", "20");
        values.put("domain-0-level-2-points", "2.5");
        values.put("domain-0-level-2-descriptors", "New second line\nWorking well below age-related expectations.");
        var params = post(url).with(user(ADMIN)).with(csrf());
        values.forEach(params::param);
        mvc.perform(params).andExpect(status().isFound());
        var saved = catalogue.frameworkInAnyState(draft.key(), draft.version()).orElseThrow();
        assertThat(saved.area("CL").orElseThrow().cap()).isEqualByComparingTo("20");
        assertThat(saved.domain("CL1").orElseThrow().level(2).orElseThrow().points()).isEqualByComparingTo("2.5");
        assertThat(saved.domain("CL1").orElseThrow().level(2).orElseThrow().descriptors())
                .containsExactly("New second line", "Working well below age-related expectations.");

        Document conflict = page(post(url).with(csrf()).param("lockVersion", form.select("input[name=lockVersion]").val())
                .param("name", "Someone else's name").param("weight", "4").param("fundable", "true"));
        assertThat(conflict.title()).startsWith("Error: ");
        assertThat(conflict.select(".govuk-error-summary").text()).contains("Someone else saved this draft");
        assertThat(conflict.getElementById("cap").val()).as("the saved version is shown").isEqualTo("20");
        assertThat(audit.eventsAbout("FRAMEWORK_VERSION", draft.key() + "@" + draft.version()))
                .extracting(AuditEntry::action).containsExactly("DRAFT_STARTED", "DRAFT_EDITED");
    }

    @Test
    void publishing_shows_what_changes_and_from_when_then_publishes() throws Exception {
        VersionSummary draft = newDraft();
        Document confirm = page(get("/admin/frameworks/" + draft.id() + "/publish"));
        assertThat(confirm.getElementById("from-date").text()).contains("1 April 2027");
        assertThat(confirm.getElementById("replaces")).isNotNull();
        mvc.perform(post("/admin/frameworks/" + draft.id() + "/publish").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(catalogue.framework(draft.key(), draft.version())).isPresent();
        mvc.perform(get("/admin/frameworks/" + draft.id() + "/areas/CL").with(user(ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/frameworks/" + draft.id() + "/retire").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(catalogue.frameworkVersions()).filteredOn(v -> v.id() == draft.id())
                .extracting(VersionSummary::state).containsExactly(VersionState.RETIRED);
        assertThat(audit.eventsAbout("FRAMEWORK_VERSION", draft.key() + "@" + draft.version()))
                .extracting(AuditEntry::action).containsExactly("DRAFT_STARTED", "VERSION_PUBLISHED", "VERSION_RETIRED");
    }

    @Test
    void compares_two_versions_side_by_side() throws Exception {
        VersionSummary draft = newDraft();
        Document page = page(get("/admin/frameworks/compare").param("key", "demo-high-needs-matrix")
                .param("from", "2025-26.1").param("to", draft.version()));
        assertThat(page.select("#changes tbody tr").text()).contains("Changed").contains("effective from")
                .contains("2025-04-01").contains("2027-04-01");
        Document unknown = page(get("/admin/frameworks/compare").param("key", "demo-high-needs-matrix")
                .param("from", "nope").param("to", draft.version()));
        Pages.assertFieldError(unknown, "from", "There is no version nope");
    }

    @Test
    void only_administrators_see_these_pages() throws Exception {
        SignedInUser officer = new SignedInUser(2, "officer", "Alex Reed", Role.CASE_OFFICER, null, null, true, true);
        mvc.perform(get("/admin/frameworks").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/banding-tables/1").with(user(officer))).andExpect(status().isForbidden());
    }
}
