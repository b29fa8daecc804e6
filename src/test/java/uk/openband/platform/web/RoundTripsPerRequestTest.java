package uk.openband.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.assessment.Purpose;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.Statements;
import uk.openband.testsupport.WebTest;

/**
 * What a page costs the database: a person signs in for real (a session in PostgreSQL, as in production), then
 * each page is requested once to warm up and its next requests' statements and transactions are counted on the
 * JDBC connection. A signed-in page that reads one list makes at most three round trips: the session read and
 * the page's own queries; the session is not written back when nothing in it changed.
 */
@WebTest
class RoundTripsPerRequestTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** Spring Session's own statements per request: reading the session (nothing in it changed, so no write). */
    private static final int SESSION_STATEMENTS = 1;

    @Autowired MockMvc mvc;
    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;

    @Test
    void the_officer_queue_and_a_case_page() throws Exception {
        long caseId = cases.forAssessment(CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3).id())
                .orElseThrow().id();
        Cookie session = signIn("officer");
        // The counts per state with the bands, and one page of rows: no transaction.
        expect("/cases", session, 2);
        expect("/cases?state=SUBMITTED&sort=NEWEST", session, 2);
        // The case, its decisions, timeline, blind-review check, assessment, its last sending, pupil and setting:
        // one read each, all in one read-only transaction (one commit).
        expect("/cases/" + caseId, session, 9);
    }

    @Test
    void the_pupil_list_and_an_assessment_area() throws Exception {
        long setting = CaseFixtures.schoolId(settings);
        long pupil = CaseFixtures.newPupil(pupils, setting);
        AssessmentView draft = assessments.start(PupilScope.setting(setting), pupil, Purpose.NEW_REQUEST, "senco");
        Cookie session = signIn("senco");
        // One page of pupils and their settings' names, in one read-only transaction.
        expect("/pupils", session, 3);
        // The case check in front of the page (its own commit), then the assessment, pupil, setting and case status
        // in one read-only transaction.
        expect("/assessments/" + draft.id() + "/areas/CL", session, 7);
    }

    @Test
    void the_public_pages_need_no_session_and_few_statements() throws Exception {
        for (String page : List.of("/tariffs", "/matrix", "/calculator")) {
            Statements.Recording r = request(page, null);
            assertThat(r.sessionStatements()).as(page + " touches no session: " + r).isEmpty();
            assertThat(r.roundTrips()).as(page + ": " + r).isZero();
        }
    }

    /**
     * The page (its second request) within the given round trips of its own (statements and commits), and the
     * session read and not written back.
     */
    private void expect(String page, Cookie session, int pageRoundTrips) throws Exception {
        Statements.Recording r = request(page, session);
        assertThat(r.pageRoundTrips()).as(page + ": " + r).isLessThanOrEqualTo(pageRoundTrips);
        assertThat(r.sessionStatements()).as(page + " session: " + r).isNotEmpty()
                .hasSizeLessThanOrEqualTo(SESSION_STATEMENTS);
        assertThat(r.sessionStatements().get(0)).as("the session is read first").startsWith("SELECT");
        assertThat(r.sessionStatements().stream().filter(sql -> !sql.startsWith("SELECT")))
                .as(page + " session writes: " + r).isEmpty();
        assertThat(r.sessionTransactions()).as(page + ": " + r).isLessThanOrEqualTo(r.sessionStatements().size());
    }

    /**
     * The page's steady state: after a first request (which fills what is kept between requests), the fewer round
     * trips of two more (what is kept in memory is read again once a minute, which one of them may meet).
     */
    private Statements.Recording request(String page, Cookie session) throws Exception {
        mvc.perform(with(page, session));
        Statements.Recording best = null;
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse[] response = new MockHttpServletResponse[1];
            Statements.Recording r = Statements.record(() -> response[0] = mvc.perform(with(page, session))
                    .andReturn().getResponse());
            assertThat(response[0].getStatus()).as(page).isEqualTo(200);
            if (best == null || r.roundTrips() < best.roundTrips()) {
                best = r;
            }
        }
        return best;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder with(String page,
            Cookie session) {
        var request = get(page);
        return session == null ? request : request.cookie(session);
    }

    private Cookie signIn(String username) throws Exception {
        MockHttpServletResponse form = mvc.perform(get("/sign-in")).andReturn().getResponse();
        Matcher csrf = CSRF.matcher(form.getContentAsString());
        assertThat(csrf.find()).isTrue();
        Cookie anonymous = cookie(form);
        var signIn = post("/sign-in").param("username", username).param("password", "demo")
                .param("_csrf", csrf.group(1));
        MockHttpServletResponse done = mvc.perform(anonymous == null ? signIn : signIn.cookie(anonymous)).andReturn()
                .getResponse();
        assertThat(done.getStatus()).as("signed in").isEqualTo(302);
        assertThat(done.getRedirectedUrl()).doesNotContain("error");
        Cookie session = cookie(done);
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    private static Cookie cookie(MockHttpServletResponse response) {
        return response.getCookie("OPENBAND_SESSION");
    }
}
