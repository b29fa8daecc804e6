package uk.openband.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The panel pages through MockMvc: GOV.UK errors, recusal shown and refused, moderation, override, approval, minutes. */
@WebTest
class PanelPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PanelMeetings meetings;

    @Autowired
    Clock clock;

    PanelFixtures fixtures;
    SignedInUser officer;
    SignedInUser manager;
    SignedInUser panel;
    SignedInUser panel2;
    SignedInUser panel3;

    @BeforeEach
    void people() {
        fixtures = new PanelFixtures(context);
        officer = fixtures.user("officer");
        manager = fixtures.user("manager");
        panel = fixtures.user("panel");
        panel2 = fixtures.user("panel2");
        panel3 = fixtures.user("panel3");
    }

    MockHttpServletRequestBuilder as(SignedInUser u, MockHttpServletRequestBuilder r) {
        return r.with(user(u)).with(csrf());
    }

    Document page(SignedInUser u, String url) throws Exception {
        return Pages.parse(mvc.perform(get(url).with(user(u))).andExpect(status().isOk()).andReturn());
    }

    long version(long id) {
        return meetings.get(id).version();
    }

    @Test
    void planning_a_meeting_names_each_problem_and_saves_nothing() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(7);
        long before = meetings.listFor(officer).size();
        Document page = Pages.parse(mvc.perform(as(officer, post("/panels/new")).param("date-day", "" + day.getDayOfMonth())
                .param("date-month", "" + day.getMonthValue()).param("date-year", "" + day.getYear())
                .param("members", "panel2")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "chair", "Choose the chair");
        Pages.assertFieldError(page, "members", "Choose at least 3 members, including the chair: the quorum is 3");
        assertThat(page.select("#members-panel2").attr("checked")).isNotNull();

        Document wrongDate = Pages.parse(mvc.perform(as(officer, post("/panels/new")).param("date-day", "31")
                .param("date-month", "2").param("date-year", "2027").param("chair", "panel")
                .param("members", "panel2", "panel3")).andExpect(status().isOk()).andReturn());
        assertThat(wrongDate.title()).startsWith("Error: ");
        assertThat(wrongDate.select(".govuk-error-summary a[href=#date-day]").text())
                .isEqualTo("The date of the meeting must be a real date");
        assertThat(meetings.listFor(officer)).hasSize((int) before);
    }

    @Test
    void the_whole_meeting_through_the_pages() throws Exception {
        PanelFixtures.AtPanel hillside = fixtures.caseAtPanel("100002");
        LocalDate day = LocalDate.now(clock);
        String location = mvc.perform(as(officer, post("/panels/new")).param("date-day", "" + day.getDayOfMonth())
                .param("date-month", "" + day.getMonthValue()).param("date-year", "" + day.getYear())
                .param("chair", "panel2").param("members", "panel", "panel3"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(as(officer, post("/panels/" + id + "/agenda")).param("version", "" + version(id))
                .param("caseReference", hillside.reference())).andExpect(status().isFound());
        Document meeting = page(officer, "/panels/" + id);
        // The demo panel member is linked to Hillside Academy, so recused from its pupil's case.
        assertThat(meeting.select("#agenda-" + hillside.reference()).text()).contains("Priya Shah", "Not quorate");

        // A stale form is told the meeting changed.
        Document stale = Pages.parse(mvc.perform(as(officer, post("/panels/" + id + "/start")).param("version", "0"))
                .andExpect(status().isOk()).andReturn());
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this meeting");
        mvc.perform(as(officer, post("/panels/" + id + "/links/remove")).param("version", "" + version(id))
                .param("member", "panel").param("settingId", "" + hillside.settingId())).andExpect(status().isFound());
        assertThat(page(officer, "/panels/" + id).select("#agenda-" + hillside.reference()).text())
                .doesNotContain("Priya Shah");
        mvc.perform(as(officer, post("/panels/" + id + "/links")).param("version", "" + version(id))
                .param("member", "panel").param("settingUrn", "100002")).andExpect(status().isFound());
        mvc.perform(as(panel2, post("/panels/" + id + "/start")).param("version", "" + version(id)))
                .andExpect(status().isFound());

        // The recused member is told on the page and refused on the server.
        String casePage = "/panels/" + id + "/cases/" + hillside.caseId();
        Document recused = page(panel, casePage);
        assertThat(recused.select("#recused").text()).contains("You are recused from this case");
        assertThat(recused.select("#record")).isEmpty();
        AgendaCaseView item = meetings.get(id).agenda().get(0);
        Document refused = Pages.parse(mvc.perform(as(panel, post(casePage + "/decision"))
                .param("itemVersion", "" + item.version()).param("caseVersion", "" + item.caseVersion())
                .param("outcome", "AGREE_INDICATED").param("startPolicy", "SUBMISSION")
                .param("reviewDate-day", "1").param("reviewDate-month", "9").param("reviewDate-year", "2028")
                .param("reasonCodes", "EVIDENCE_SUPPORTS_LEVELS").param("writtenReason", "Agreed"))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary").text()).contains("You are recused from case "
                + hillside.reference());
        assertThat(fixtures.caseState(hillside.caseId())).isEqualTo("AT_PANEL");
        // Two of three can take part: not quorate, so even a member taking part cannot decide it.
        assertThat(page(panel3, casePage).select("#not-quorate").text()).contains("not quorate");
        assertThat(page(panel3, casePage).select("#record")).isEmpty();
    }

    @Test
    void moderation_override_and_approval_through_the_pages_end_in_the_minutes() throws Exception {
        PanelFixtures.AtPanel c = fixtures.caseAtPanel("100001");
        long id = meetings.create(LocalDate.now(clock), "panel", java.util.List.of("panel2", "panel3"), "officer");
        meetings.addCase(id, version(id), c.reference(), "officer");
        meetings.start(id, version(id), officer);
        String casePage = "/panels/" + id + "/cases/" + c.caseId();

        Document noNote = Pages.parse(mvc.perform(as(panel, post(casePage + "/moderation"))
                .param("itemVersion", "" + meetings.get(id).agenda().get(0).version()).param("domain", "SP1")
                .param("level", "4").param("note", " ")).andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(noNote, "note", "Enter why the panel changed the level");

        mvc.perform(as(panel, post(casePage + "/moderation"))
                .param("itemVersion", "" + meetings.get(id).agenda().get(0).version()).param("domain", "SP1")
                .param("level", "4").param("note", "Audiology report tabled")).andExpect(status().isFound());
        Document moderated = page(panel, casePage);
        assertThat(moderated.select("#comparison").text()).contains("38", "46", "+8", "Band changed", "+£3,657.00");

        AgendaCaseView item = meetings.get(id).agenda().get(0);
        Document noReason = Pages.parse(mvc.perform(as(panel, post(casePage + "/decision"))
                .param("itemVersion", "" + item.version()).param("caseVersion", "" + item.caseVersion())
                .param("outcome", "AGREE_DIFFERENT").param("band", "5").param("startPolicy", "SUBMISSION")
                .param("reviewDate-day", "1").param("reviewDate-month", "9").param("reviewDate-year", "2028")
                .param("reasonCodes", "MODERATED_LEVELS").param("writtenReason", "Hearing needs are greater"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(noReason, "overrideReason", "Enter why the decision differs from the band the school indicated");
        assertThat(fixtures.caseState(c.caseId())).isEqualTo("AT_PANEL");

        mvc.perform(as(panel, post(casePage + "/decision"))
                .param("itemVersion", "" + item.version()).param("caseVersion", "" + item.caseVersion())
                .param("outcome", "AGREE_DIFFERENT").param("band", "5").param("startPolicy", "SUBMISSION")
                .param("reviewDate-day", "1").param("reviewDate-month", "9").param("reviewDate-year", "2028")
                .param("reasonCodes", "MODERATED_LEVELS").param("writtenReason", "Hearing needs are greater")
                .param("overrideReason", "Moderated sensory level puts the pupil in band 5"))
                .andExpect(status().isFound());
        assertThat(fixtures.caseState(c.caseId())).isEqualTo("AWAITING_APPROVAL");
        assertThat(page(panel, casePage).select("#awaiting-approval").text())
                .contains("not in force until a SEND manager who did not record it approves it");
        assertThat(page(panel, casePage).select("#approve")).isEmpty();
        mvc.perform(as(panel, post(casePage + "/approval")).param("caseVersion", "" + fixtures.caseVersion(c.caseId())))
                .andExpect(status().isForbidden());

        assertThat(page(manager, casePage).select("#approve")).hasSize(1);
        mvc.perform(as(manager, post(casePage + "/approval")).param("caseVersion", "" + fixtures.caseVersion(c.caseId())))
                .andExpect(status().isFound());
        assertThat(fixtures.caseState(c.caseId())).isEqualTo("FUNDED");

        mvc.perform(as(panel, post("/panels/" + id + "/close")).param("version", "" + version(id)))
                .andExpect(status().isFound());
        Document minutes = page(officer, "/panels/" + id + "/minutes");
        assertThat(minutes.title()).startsWith("Minutes of the panel meeting");
        assertThat(minutes.select("#attendance").text()).contains("Priya Shah (chair)", "Tom Okafor", "Rhea Collins");
        String minute = minutes.select("#minute-" + c.reference()).text();
        assertThat(minute).contains("SP1", "Audiology report tabled", "Agree a different band", "£12,103.00",
                "Moderated sensory level puts the pupil in band 5", "Hearing needs are greater", "Domain levels were changed after moderation",
                "Case status now: Funded");
        assertThat(page(panel, casePage).select("#moderate, #record")).isEmpty();

        assertThat(pdfText(officer, "/panels/" + id + "/minutes.pdf")).contains("Minutes of the panel meeting",
                c.reference(), "Audiology report tabled", "Moderated sensory level puts the pupil in band 5",
                "Priya Shah (chair)");
        Document pack = page(panel2, "/panels/" + id + "/pack");
        assertThat(pack.select("#pack-" + c.reference()).text()).contains("Band 4, £8,446.00 a year", "Evidence for SP3");
        assertThat(pdfText(panel2, "/panels/" + id + "/pack.pdf")).contains("Agenda pack", c.reference(),
                "Evidence for CL1");
    }

    String pdfText(SignedInUser u, String url) throws Exception {
        var response = mvc.perform(get(url).with(user(u))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void panel_members_see_only_their_meetings_and_cannot_plan_one() throws Exception {
        long id = meetings.create(LocalDate.now(clock), "panel2", java.util.List.of("panel", "panel3"), "officer");
        SignedInUser outsider = fixtures.panelMember();
        mvc.perform(get("/panels/" + id).with(user(outsider))).andExpect(status().isNotFound());
        assertThat(page(panel, "/panels").select("#meetings a[href=/panels/" + id + "]")).hasSize(1);
        assertThat(page(outsider, "/panels").select("#meetings a[href=/panels/" + id + "]")).isEmpty();
        mvc.perform(get("/panels/new").with(user(panel))).andExpect(status().isForbidden());
        mvc.perform(as(panel, post("/panels/" + id + "/agenda")).param("version", "0").param("caseReference", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/panels").with(user(fixtures.user("senco")))).andExpect(status().isForbidden());
    }
}
