package uk.openband.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.casework.StartPolicy;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The pupil funding page, recording a leaving date, and the agreements API, with SENCO isolation. */
@WebTest
class FundingPagesTest {

    static final SignedInUser OFFICER = new SignedInUser(9400, "officer", "Alex Reed", Role.CASE_OFFICER, null, null,
            true, true);
    static final SignedInUser FINANCE = new SignedInUser(9401, "finance", "Lee Turner", Role.FINANCE_OFFICER, null,
            null, true, true);
    static final SignedInUser PANEL = new SignedInUser(9402, "panel", "Priya Shah", Role.PANEL_MEMBER, null, null,
            true, true);

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired FundingAgreements funding;

    SignedInUser senco() {
        return new SignedInUser(9403, "senco", "Sam Patel", Role.SENCO, CaseFixtures.schoolId(settings), null, true,
                true);
    }

    SignedInUser otherSenco() {
        return new SignedInUser(9404, "senco2", "Jo Morgan", Role.SENCO, settings.findByUrn("100002").orElseThrow().id(),
                null, true, true);
    }

    /** A new Brookfield pupil's band 3 request decided from 1 April 2027 for a year; its agreement. */
    AgreementView agreement() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = queries.detail(queries.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = queries.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, StartPolicy.CHOSEN, LocalDate.of(2027, 4, 1), 3, LocalDate.of(2028, 3, 1),
                List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports every level.", null), "officer");
        return funding.search(PupilScope.allSettings(), a.pupilId(), null, null).get(0);
    }

    Document page(String url, SignedInUser who) throws Exception {
        return Pages.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void the_pupil_page_links_to_funding_which_shows_the_agreement_and_its_lines() throws Exception {
        AgreementView a = agreement();
        Document pupil = page("/pupils/" + a.pupilId(), OFFICER);
        assertThat(pupil.getElementById("funding-link").attr("href")).isEqualTo("/pupils/" + a.pupilId() + "/funding");

        Document doc = page("/pupils/" + a.pupilId() + "/funding", OFFICER);
        Element section = doc.getElementById("agreement-" + a.id());
        assertThat(section.text()).contains(a.reference(), "Brookfield Primary School", "Active", "£5,459.00",
                "1 April 2027", "31 March 2028");
        assertThat(doc.getElementById("lines-" + a.id()).select("tbody tr")).hasSizeGreaterThan(1);
        assertThat(doc.getElementById("total-" + a.id()).text()).startsWith("£5,459.0");
        assertThat(doc.getElementById("record-leaving-" + a.id())).isNotNull();

        // The school's SENCO sees it without the leaving form; panel members read it too.
        Document school = page("/pupils/" + a.pupilId() + "/funding", senco());
        assertThat(school.getElementById("agreement-" + a.id())).isNotNull();
        assertThat(school.getElementById("record-leaving-" + a.id())).isNull();
        assertThat(page("/pupils/" + a.pupilId() + "/funding", PANEL).getElementById("agreement-" + a.id())).isNotNull();
    }

    @Test
    void another_settings_senco_gets_page_not_found_and_finance_sees_funding_but_not_the_pupil_record() throws Exception {
        AgreementView a = agreement();
        mvc.perform(get("/pupils/" + a.pupilId() + "/funding").with(user(otherSenco()))).andExpect(status().isNotFound());
        mvc.perform(post("/pupils/" + a.pupilId() + "/funding/agreements/" + a.id() + "/leaving")
                .with(user(senco())).with(csrf()).param("leavingDate-" + a.id() + "-day", "1"))
                .andExpect(status().isForbidden());
        // Finance officers see no pupil record, but do see the pupil's funding (their exports name the pupil).
        Document finance = page("/pupils/" + a.pupilId() + "/funding", FINANCE);
        assertThat(finance.getElementById("agreement-" + a.id())).isNotNull();
        assertThat(finance.getElementById("record-leaving-" + a.id())).isNull();
        assertThat(finance.select("a.govuk-back-link").attr("href")).startsWith("/funding/statements/");
        mvc.perform(get("/pupils/" + a.pupilId()).with(user(FINANCE))).andExpect(status().isForbidden());
        mvc.perform(get("/pupils/999999999/funding").with(user(OFFICER))).andExpect(status().isNotFound());
        assertThat(funding.find(PupilScope.allSettings(), a.id()).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void an_officer_records_a_leaving_date_and_bad_dates_are_explained() throws Exception {
        AgreementView a = agreement();
        String url = "/pupils/" + a.pupilId() + "/funding/agreements/" + a.id() + "/leaving";
        String field = "leavingDate-" + a.id();

        Document missing = Pages.parse(mvc.perform(post(url).with(user(OFFICER)).with(csrf())
                .param(field + "-day", "").param(field + "-month", "").param(field + "-year", "")
                .param("reason-" + a.id(), "")).andExpect(status().isOk()).andReturn());
        assertDateError(missing, field, "Enter the date the pupil left the setting");
        Pages.assertFieldError(missing, "reason-" + a.id(), "Enter why the pupil left the setting");

        Document before = Pages.parse(mvc.perform(post(url).with(user(OFFICER)).with(csrf())
                .param(field + "-day", "31").param(field + "-month", "3").param(field + "-year", "2027")
                .param("reason-" + a.id(), "Moved away")).andExpect(status().isOk()).andReturn());
        assertDateError(before, field, "The leaving date must be on or after the agreement's start, 1 April 2027");
        assertThat(before.getElementById(field + "-day").val()).isEqualTo("31");
        assertThat(before.getElementById("reason-" + a.id()).text()).isEqualTo("Moved away");

        Document notADate = Pages.parse(mvc.perform(post(url).with(user(OFFICER)).with(csrf())
                .param(field + "-day", "31").param(field + "-month", "2").param(field + "-year", "2028")
                .param("reason-" + a.id(), "Moved away")).andExpect(status().isOk()).andReturn());
        assertDateError(notADate, field, "The leaving date must be a real date, for example 20 10 2027");
        assertThat(funding.find(PupilScope.allSettings(), a.id()).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);

        mvc.perform(post(url).with(user(OFFICER)).with(csrf())
                .param(field + "-day", "20").param(field + "-month", "10").param(field + "-year", "2027")
                .param("reason-" + a.id(), "Moved out of the area"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pupils/" + a.pupilId() + "/funding"));
        AgreementView ended = funding.find(PupilScope.allSettings(), a.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2027, 10, 20));
        Document after = page("/pupils/" + a.pupilId() + "/funding", OFFICER);
        assertThat(after.getElementById("agreement-" + a.id()).text()).contains("Ended", "20 October 2027",
                "Moved out of the area");
        assertThat(after.getElementById("record-leaving-" + a.id())).isNull();
    }

    static void assertDateError(Document page, String field, String message) {
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.selectFirst(".govuk-error-summary a[href=#" + field + "-day]").text()).isEqualTo(message);
        assertThat(page.getElementById(field + "-error").text()).isEqualTo("Error: " + message);
        assertThat(page.getElementById(field + "-day").hasClass("govuk-input--error")).isTrue();
        assertThat(page.getElementById(field).closest("fieldset").attr("aria-describedby")).contains(field + "-error");
    }

    @Test
    void the_api_lists_and_schedules_agreements_by_the_same_rules() throws Exception {
        AgreementView a = agreement();
        mvc.perform(get("/api/v1/agreements").param("pupil", Long.toString(a.pupilId())).with(httpBasic("officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.agreements[0].reference").value(a.reference()))
                .andExpect(jsonPath("$.agreements[0].annualAmount").value(5459.00))
                .andExpect(jsonPath("$.agreements[0].status").value("ACTIVE"));
        mvc.perform(get("/api/v1/agreements").param("pupil", Long.toString(a.pupilId()))
                        .param("activeOn", "2028-04-01").with(httpBasic("finance", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/agreements").param("pupil", Long.toString(a.pupilId())).with(httpBasic("senco", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1));
        mvc.perform(get("/api/v1/agreements/" + a.id() + "/schedule").with(httpBasic("senco", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(a.reference()))
                .andExpect(jsonPath("$.lines[0].periodFrom").value("2027-04-01"))
                .andExpect(jsonPath("$.lines[0].kind").value("REGULAR"));

        // Another setting's SENCO: nothing found, and 404 for the agreement and its schedule.
        mvc.perform(get("/api/v1/agreements").param("pupil", Long.toString(a.pupilId())).with(httpBasic("senco2", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/agreements").param("setting", Long.toString(a.settingId()))
                .with(httpBasic("senco2", "demo"))).andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/agreements/" + a.id()).with(httpBasic("senco2", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/agreements/" + a.id() + "/schedule").with(httpBasic("senco2", "demo")))
                .andExpect(status().isNotFound());

        // Bad parameters are named.
        mvc.perform(get("/api/v1/agreements").param("pupil", "abc").param("activeOn", "1/4/2027")
                        .with(httpBasic("officer", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("pupil"))
                .andExpect(jsonPath("$.errors[1].field").value("activeOn"));
        mvc.perform(get("/api/v1/agreements/x1/schedule").with(httpBasic("officer", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/agreements")).andExpect(status().isUnauthorized());
    }
}
