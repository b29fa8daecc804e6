package uk.openband.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.audit.AuditLog;
import uk.openband.directory.PupilDetails;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class PupilPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingDirectory settings;

    @Autowired
    PupilRegistry pupils;

    @Autowired
    AuditLog audit;

    long brookfield;
    long hillside;
    SignedInUser senco;

    @BeforeEach
    void ids() {
        brookfield = settings.findByUrn("100001").orElseThrow().id();
        hillside = settings.findByUrn("100002").orElseThrow().id();
        senco = PupilFixtures.senco(brookfield);
    }

    @Test
    void the_add_form_has_every_field() throws Exception {
        Document page = Pages.parse(mvc.perform(get("/pupils/new").with(user(senco))).andExpect(status().isOk()).andReturn());
        assertThat(page.title()).isEqualTo("Add a pupil – OpenBand");
        for (String id : new String[] {"upn", "firstName", "lastName", "preferredName", "dateOfBirth-day",
                "dateOfBirth-month", "dateOfBirth-year", "sex", "sex-M", "ethnicity", "primaryNeed", "secondaryNeed",
                "ehcStatus", "ehcStatusDate-day"}) {
            assertThat(page.getElementById(id)).as(id).isNotNull();
        }
        assertThat(page.getElementById("settingId")).as("a SENCO adds at their own setting only").isNull();
        assertThat(page.select("#primaryNeed option").eachAttr("value")).contains("SPLD", "PMLD", "SLCN", "DS", "NSA");
        assertThat(page.select("main").text()).contains("Brookfield Primary School");
    }

    @Test
    void a_wrong_check_letter_names_the_right_one_and_saves_nothing() throws Exception {
        String upn = PupilFixtures.newUpn();
        Document page = Pages.parse(mvc.perform(PupilFixtures.form(post("/pupils/new"), PupilFixtures.wrongLetter(upn),
                "Ava", "Test").with(user(senco)).with(csrf())).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "upn", "The UPN's check letter should be " + upn.charAt(0) + " — check the UPN");
        assertThat(page.getElementById("firstName").val()).isEqualTo("Ava");
        assertThat(pupils.search(PupilScope.allSettings(), new uk.openband.directory.PupilQuery(upn, null), 1).total())
                .isZero();
    }

    @Test
    void an_empty_form_names_every_required_field_in_order() throws Exception {
        Document page = Pages.parse(mvc.perform(post("/pupils/new").with(user(senco)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "upn", "Enter the pupil's UPN");
        Pages.assertFieldError(page, "firstName", "Enter the pupil's first name");
        Pages.assertFieldError(page, "lastName", "Enter the pupil's last name");
        Pages.assertFieldError(page, "sex", "Choose the pupil's sex");
        Pages.assertFieldError(page, "ethnicity", "Choose the pupil's ethnicity");
        Pages.assertFieldError(page, "primaryNeed", "Choose the pupil's primary type of need");
        Pages.assertFieldError(page, "ehcStatus", "Choose the EHC plan status");
        assertDateError(page, "dateOfBirth", "Enter the pupil's date of birth");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#upn", "#firstName",
                "#lastName", "#dateOfBirth-day", "#sex", "#ethnicity", "#primaryNeed", "#ehcStatus");
    }

    @Test
    void an_impossible_date_and_a_missing_ehc_date_are_named() throws Exception {
        Document page = Pages.parse(mvc.perform(PupilFixtures.form(post("/pupils/new"), PupilFixtures.newUpn(), "A", "B",
                "dateOfBirth-day", "31", "dateOfBirth-month", "2", "ehcStatus", "PLAN_ISSUED").with(user(senco)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertDateError(page, "dateOfBirth", "Date of birth must be a real date, like 27 3 2015");
        assertDateError(page, "ehcStatusDate", "Enter the date of the EHC plan status");
        assertThat(page.getElementById("dateOfBirth-day").val()).isEqualTo("31");
    }

    @Test
    void senco_adds_a_pupil_sees_it_and_finds_it_and_the_read_is_audited() throws Exception {
        String upn = PupilFixtures.newUpn();
        String location = mvc.perform(PupilFixtures.form(post("/pupils/new"), upn.toLowerCase(), "Zoë", "O'Brien-Smith")
                        .param("preferredName", "Zo").with(user(senco)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/pupils/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/pupils/".length()));
        Document page = Pages.parse(mvc.perform(get(location).with(user(senco))).andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("pupil-name").text()).isEqualTo("Zoë O'Brien-Smith");
        assertThat(page.getElementById("pupil-details").text()).contains(upn).contains("27 March 2016")
                .contains("Speech, language and communication needs").contains("Brookfield Primary School");
        assertThat(page.select("#pupil-details a[href$=/edit#upn]")).hasSize(1);
        assertThat(audit.eventsAbout("PUPIL", Long.toString(id))).extracting(e -> e.action())
                .contains("PUPIL_REGISTERED", "PUPIL_VIEWED");
        assertThat(audit.eventsAbout("PUPIL", Long.toString(id)).toString()).doesNotContain("Brien");

        Document results = Pages.parse(mvc.perform(get("/pupils").param("q", "o'brien zo").with(user(senco)))
                .andExpect(status().isOk()).andReturn());
        assertThat(results.select("#pupils tbody a").eachAttr("href")).containsExactly("/pupils/" + id);
        Document byUpn = Pages.parse(mvc.perform(get("/pupils").param("q", upn).with(user(PupilFixtures.staff(Role.PANEL_MEMBER))))
                .andExpect(status().isOk()).andReturn());
        assertThat(byUpn.select("#pupils tbody a").eachAttr("href")).containsExactly("/pupils/" + id);
    }

    @Test
    void names_with_markup_are_stored_exactly_and_escaped_everywhere() throws Exception {
        String script = "<script>alert('x')</script>";
        String bold = "<b>Bold</b> & \"co\"";
        PupilDetails p = pupils.register(PupilScope.allSettings(), new uk.openband.directory.PupilData(
                PupilFixtures.newUpn(), script, bold, "<img src=x onerror=alert(1)>", java.time.LocalDate.of(2014, 1, 2),
                uk.openband.directory.Sex.U, "NOBT", "OTH", null, uk.openband.directory.EhcStatus.NONE, null, brookfield));
        assertThat(pupils.find(PupilScope.allSettings(), p.id()).orElseThrow().firstName()).isEqualTo(script);
        for (String url : new String[] {"/pupils/" + p.id(), "/pupils/" + p.id() + "/edit", "/pupils?q=Bold"}) {
            String html = mvc.perform(get(url).with(user(senco))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).as(url).doesNotContain("<script>alert").doesNotContain("<b>Bold").doesNotContain("<img src=x");
        }
        Document page = Pages.parse(mvc.perform(get("/pupils/" + p.id()).with(user(senco))).andReturn());
        assertThat(page.getElementById("pupil-name").text()).isEqualTo(script + " " + bold);
        Document edit = Pages.parse(mvc.perform(get("/pupils/" + p.id() + "/edit").with(user(senco))).andReturn());
        assertThat(edit.getElementById("preferredName").val()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void a_repeated_upn_links_to_the_first_pupil_only_for_someone_who_may_see_it() throws Exception {
        PupilDetails first = pupils.register(PupilScope.allSettings(), PupilFixtures.data(PupilFixtures.newUpn(), brookfield));
        Document own = Pages.parse(mvc.perform(PupilFixtures.form(post("/pupils/new"), first.upn(), "Other", "Child")
                .with(user(senco)).with(csrf())).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(own, "upn", "A pupil with this UPN is already registered");
        assertThat(own.getElementById("existing-pupil").attr("href")).isEqualTo("/pupils/" + first.id());

        Document other = Pages.parse(mvc.perform(PupilFixtures.form(post("/pupils/new"), first.upn(), "Other", "Child")
                .with(user(PupilFixtures.senco2(hillside))).with(csrf())).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(other, "upn",
                "This UPN is already registered. Contact the local authority SEND team if you think it is this pupil");
        assertThat(other.getElementById("existing-pupil")).isNull();
        assertThat(other.html()).doesNotContain("/pupils/" + first.id()).doesNotContain("Brookfield");
    }

    @Test
    void a_stale_edit_is_refused_with_a_conflict_message_and_nothing_lost() throws Exception {
        PupilDetails p = pupils.register(PupilScope.allSettings(), PupilFixtures.data(PupilFixtures.newUpn(), brookfield));
        mvc.perform(PupilFixtures.form(post("/pupils/" + p.id() + "/edit"), p.upn(), "First", "Save")
                .param("version", Long.toString(p.version())).with(user(senco)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document page = Pages.parse(mvc.perform(PupilFixtures.form(post("/pupils/" + p.id() + "/edit"), p.upn(), "Second",
                "Save").param("version", Long.toString(p.version())).with(user(PupilFixtures.staff(Role.CASE_OFFICER)))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page.selectFirst(".govuk-notification-banner").text()).contains("Someone else changed this pupil");
        assertThat(page.getElementById("firstName").val()).isEqualTo("First");
        assertThat(pupils.find(PupilScope.allSettings(), p.id()).orElseThrow().firstName()).isEqualTo("First");
    }

    @Test
    void officers_choose_the_setting_and_finance_officers_do_not_see_pupils() throws Exception {
        Document page = Pages.parse(mvc.perform(get("/pupils/new").with(user(PupilFixtures.staff(Role.CASE_OFFICER))))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("settingId")).isNotNull();
        mvc.perform(get("/pupils").with(user(PupilFixtures.staff(Role.FINANCE_OFFICER)))).andExpect(status().isForbidden());
        mvc.perform(get("/pupils/new").with(user(PupilFixtures.staff(Role.PANEL_MEMBER)))).andExpect(status().isForbidden());
        Document list = Pages.parse(mvc.perform(get("/pupils").param("setting", Long.toString(hillside))
                .with(user(PupilFixtures.staff(Role.SEND_MANAGER)))).andExpect(status().isOk()).andReturn());
        assertThat(list.select("#pupils tbody tr").eachText()).allMatch(t -> t.contains("Hillside Academy"));
        assertThat(list.getElementById("add-pupil")).isNull();
    }

    @Test
    void results_are_paginated() throws Exception {
        for (int i = 0; i < 21; i++) {
            pupils.register(PupilScope.allSettings(), new uk.openband.directory.PupilData(PupilFixtures.newUpn(), "Page",
                    "Zzpaginate", null, java.time.LocalDate.of(2015, 1, 1), uk.openband.directory.Sex.M, "WBRI", "MLD",
                    null, uk.openband.directory.EhcStatus.NONE, null, brookfield));
        }
        Document first = Pages.parse(mvc.perform(get("/pupils").param("q", "zzpaginate").with(user(senco))).andReturn());
        assertThat(first.select("#pupils tbody tr")).hasSize(20);
        Element next = first.selectFirst(".govuk-pagination__next a");
        assertThat(next.attr("href")).contains("q=zzpaginate").contains("page=2");
        Document second = Pages.parse(mvc.perform(get("/pupils").param("q", "zzpaginate").param("page", "2")
                .with(user(senco))).andReturn());
        assertThat(second.select("#pupils tbody tr").size()).isBetween(1, 20);
        assertThat(second.selectFirst(".govuk-pagination__item--current").text()).isEqualTo("2");
    }

    static void assertDateError(Document page, String field, String message) {
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.selectFirst(".govuk-error-summary a[href=#" + field + "-day]").text()).isEqualTo(message);
        assertThat(page.getElementById(field + "-error").text()).isEqualTo("Error: " + message);
        Element fieldset = page.getElementById(field + "-day").closest("fieldset");
        assertThat(fieldset.attr("aria-describedby")).contains(field + "-error");
        assertThat(fieldset.closest(".govuk-form-group--error")).isNotNull();
        assertThat(page.getElementById(field + "-day").hasClass("govuk-input--error")).isTrue();
    }
}
