package uk.openband.rollover.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The roll-over form's validation and who may open, preview and apply a roll-over. */
@WebTest
class RolloverPagesTest {

    static final SignedInUser ADMIN = person(1, "admin", Role.ADMIN, null);
    static final SignedInUser MANAGER = person(2, "manager", Role.SEND_MANAGER, null);

    @Autowired MockMvc mvc;
    @Autowired FrameworkCatalogue catalogue;

    static SignedInUser person(long id, String name, Role role, Long setting) {
        return new SignedInUser(id, name, name, role, setting, null, true, true);
    }

    String demoTableId() {
        return catalogue.publishedBandingVersions().stream()
                .filter(v -> v.key().equals(RolloverFixtures.DEMO_KEY) && v.version().equals(RolloverFixtures.DEMO_VERSION))
                .map(VersionSummary::id).findFirst().orElseThrow().toString();
    }

    Document page(MockHttpServletRequestBuilder request, SignedInUser who) throws Exception {
        return Pages.parse(mvc.perform(request.with(user(who))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void the_form_lists_published_tables_and_the_policies() throws Exception {
        Document form = page(get("/rollovers"), ADMIN);
        assertThat(form.title()).isEqualTo("Roll over agreements to a new tariff – OpenBand");
        assertThat(form.select("#table option[value=" + demoTableId() + "]")).hasSize(1);
        assertThat(form.getElementById("policy").val()).isEqualTo("PROTECTED");
        assertThat(form.getElementById("policy-MOVE")).isNotNull();
        assertThat(form.getElementById("noLoss")).isNotNull();
        assertThat(form.getElementById("capPercent")).isNotNull();
    }

    @Test
    void a_form_with_nothing_chosen_names_each_missing_answer() throws Exception {
        Document page = page(get("/rollovers/preview"), ADMIN);
        Pages.assertFieldError(page, "table", "Choose the banding table version to roll over to");
        Pages.assertFieldError(page, "policy", "Choose how agreements move to the new table");
        assertThat(page.title()).isEqualTo("Error: Roll over agreements to a new tariff – OpenBand");
    }

    @Test
    void bad_dates_caps_and_tables_are_refused_with_clear_messages() throws Exception {
        Document page = page(get("/rollovers/preview").param("table", demoTableId()).param("policy", "MOVE")
                .param("effectiveFrom-day", "31").param("effectiveFrom-month", "2").param("effectiveFrom-year", "2027")
                .param("capPercent", "two"), ADMIN);
        Pages.assertFieldError(page, "effectiveFrom", "The effective date must be a real date, like 1 4 2027");
        Pages.assertFieldError(page, "capPercent",
                "The cap must be a percentage from 0 to 100 with at most two decimal places, like 3 or 2.5");
        assertThat(page.getElementById("capPercent").val()).isEqualTo("two");

        page = page(get("/rollovers/preview").param("table", demoTableId()).param("policy", "MOVE")
                .param("effectiveFrom-day", "1").param("effectiveFrom-month", "4").param("effectiveFrom-year", "2020")
                .param("capPercent", "100.5"), ADMIN);
        Pages.assertFieldError(page, "effectiveFrom", "The effective date must be on or after "
                + catalogue.publishedBandingVersions().stream().filter(v -> v.id() == Long.parseLong(demoTableId()))
                        .findFirst().orElseThrow().effectiveFrom().format(java.time.format.DateTimeFormatter
                                .ofPattern("d MMMM yyyy", java.util.Locale.UK))
                + ", when the table takes effect");
        Pages.assertFieldError(page, "capPercent",
                "The cap must be a percentage from 0 to 100 with at most two decimal places, like 3 or 2.5");

        page = page(get("/rollovers/preview").param("table", "999999999").param("policy", "SOMETHING"), ADMIN);
        Pages.assertFieldError(page, "table", "Choose a published banding table version from the list");
        Pages.assertFieldError(page, "policy", "Choose how agreements move to the new table");
    }

    @Test
    void an_empty_date_means_the_tables_own_effective_date() throws Exception {
        Document preview = page(get("/rollovers/preview").param("table", demoTableId()).param("policy", "MOVE"),
                MANAGER);
        assertThat(preview.title()).isEqualTo("Preview of the roll-over – OpenBand");
        assertThat(preview.getElementById("effective-date").text()).isEqualTo("1 April 2026");
        assertThat(preview.getElementById("apply-form")).as("a SEND manager only views").isNull();
    }

    @Test
    void applying_without_confirming_says_so_and_applies_nothing() throws Exception {
        Document page = page(post("/rollovers/apply").with(csrf()).param("table", demoTableId())
                .param("policy", "MOVE").param("fingerprint", "x"), ADMIN);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.selectFirst(".govuk-error-summary a[href=#confirm]").text())
                .isEqualTo("Confirm that you have checked the agreements and the cost change");
    }

    @Test
    void only_admins_apply_and_only_admins_and_send_managers_look() throws Exception {
        for (SignedInUser who : new SignedInUser[] {person(3, "senco", Role.SENCO, 1L),
                person(4, "officer", Role.CASE_OFFICER, null), person(5, "finance", Role.FINANCE_OFFICER, null),
                person(6, "panel", Role.PANEL_MEMBER, null)}) {
            mvc.perform(get("/rollovers").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(get("/rollovers/preview").param("table", demoTableId()).param("policy", "MOVE")
                    .with(user(who))).andExpect(status().isForbidden());
            mvc.perform(get("/rollovers/runs/1").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(post("/rollovers/apply").with(csrf()).with(user(who))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/rollovers/apply").with(csrf()).with(user(MANAGER))).andExpect(status().isForbidden());
        mvc.perform(post("/rollovers/apply").with(user(ADMIN)).with(csrf().useInvalidToken())
                .param("table", demoTableId()).param("policy", "MOVE").param("confirm", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rollovers/apply").with(user(ADMIN)).param("table", demoTableId())
                .param("policy", "MOVE").param("confirm", "true")).andExpect(status().isFound());
        mvc.perform(get("/rollovers")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/rollovers/runs/999999999").with(user(ADMIN))).andExpect(status().isNotFound());
    }
}
