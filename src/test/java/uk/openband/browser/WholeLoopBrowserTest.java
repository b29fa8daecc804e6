package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.Journeys.chooseLevels;
import static uk.openband.testsupport.Journeys.openAgendaCase;
import static uk.openband.testsupport.Journeys.openCaseFromQueue;
import static uk.openband.testsupport.Journeys.signInAs;
import static uk.openband.testsupport.Journeys.type;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.directory.Upn;
import uk.openband.testsupport.BrowserSupport;
import uk.openband.testsupport.Journeys;

/**
 * Issue 5's whole loop in one journey, through the pages only: {@code senco} sends a request;
 * {@code officer} returns it for information; {@code senco} reads the message, changes an answer
 * and sends it again; {@code officer} sees the change highlighted, lists the case for a panel and
 * plans a quorate meeting; {@code panel} (linked to Hillside, so sitting on this Brookfield case)
 * moderates one domain and overrides the band from 4 to 6; {@code manager} approves the override
 * and closes the meeting; {@code senco} reads the decision and its notice (HTML, and the PDF
 * link answers with a PDF). axe checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WholeLoopBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.startChromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void request_to_decision_notice_through_return_panel_moderation_override_and_approval() {
        LocalDate today = LocalDate.now(clock);

        // 1. The SENCO adds a pupil and sends a request through the assessment pages.
        signInAs(driver, base(), "senco");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("Pupils")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("add-pupil")));
        assertAccessible(driver);
        String last12 = "999500" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        Journeys.fillPupilForm(driver, Upn.checkLetter(last12) + last12, "Amara", "Loop" + last12.substring(8));
        clickAndWait(driver, driver.findElement(By.id("save")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("requests-link")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("start-request")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("Cognition and learning")));
        Map<String, Integer> levels = new HashMap<>(Map.of("CL1", 3, "CL2", 1, "CI1", 1, "CI2", 3, "SEMH1", 1,
                "SEMH2", 1, "SP1", 1, "SP2", 1, "SP3", 1, "IS1", 1));
        levels.putAll(Map.of("IS2", 1, "SB1", 1));
        for (String area : Journeys.AREA_ORDER) {
            chooseLevels(driver, area, levels);
        }
        Journeys.enterStartDateAndProvision(driver, today.plusMonths(2).withDayOfMonth(1), true);
        assertThat(driver.getTitle()).startsWith("Check your answers");
        assertThat(text("indicative-band")).isEqualTo("5");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("submit")));
        assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Request sent");
        String reference = text("reference");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("View the request you sent")));
        assertAccessible(driver);
        String requestPath = URI.create(driver.getCurrentUrl()).getPath();

        // 2. The officer assigns it and returns it for information with a message.
        signInAs(driver, base(), "officer");
        assertAccessible(driver);
        openCaseFromQueue(driver, reference, "SUBMITTED");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("assign-me")));
        assertThat(text("case-state")).isEqualTo("In triage");
        assertAccessible(driver);
        type(driver, "message", "Please check the level for independence and self-care against the "
                + "occupational therapist's report.");
        clickAndWait(driver, driver.findElement(By.id("return")));
        assertThat(text("case-state")).isEqualTo("More information requested");
        assertAccessible(driver);

        // 3. The SENCO reads the message, changes one answer and sends the request again.
        signInAs(driver, base(), "senco");
        assertAccessible(driver);
        driver.get(base() + requestPath);
        assertThat(text("school-message")).startsWith("Please check the level for independence and self-care");
        assertAccessible(driver);
        driver.get(base() + requestPath + "/areas/IS");
        assertAccessible(driver);
        levels.put("IS2", 0);
        chooseLevels(driver, "IS", levels);
        driver.get(base() + requestPath + "/check");
        assertThat(text("indicative-band")).isEqualTo("4");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("submit")));
        assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Request sent");
        assertAccessible(driver);

        // 4. The officer sees the change highlighted, lists the case for a panel and plans a quorate meeting.
        signInAs(driver, base(), "officer");
        assertAccessible(driver);
        openCaseFromQueue(driver, reference, "SUBMITTED");
        assertThat(text("changes")).contains("Safety and independence");
        assertThat(driver.findElements(By.cssSelector("#changes .govuk-tag--orange"))).hasSize(1);
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("assign-me")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("list-for-panel")));
        assertThat(text("case-state")).isEqualTo("At panel");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("Panels")));
        assertAccessible(driver);
        String meeting = Journeys.planMeeting(driver, today, "Priya Shah", List.of("panel2", "panel3"));
        new Select(driver.findElement(By.id("caseReference"))).selectByValue(reference);
        clickAndWait(driver, driver.findElement(By.id("add-case")));
        assertThat(text("agenda")).contains(reference);
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("start")));
        assertThat(text("meeting-status")).isEqualTo("In session");
        assertAccessible(driver);

        // 5. The panel member moderates one domain with a note and overrides the band by two bands.
        signInAs(driver, base(), "panel");
        assertAccessible(driver);
        openAgendaCase(driver, meeting, reference);
        assertThat(driver.findElements(By.id("recused"))).as("panel is linked to Hillside, not Brookfield").isEmpty();
        new Select(driver.findElement(By.id("domain"))).selectByValue("SP1");
        type(driver, "level", "3");
        type(driver, "note", "The audiology report tabled at panel shows a moderate hearing loss");
        clickAndWait(driver, driver.findElement(By.id("moderate")));
        assertThat(text("comparison")).contains("+4", "Band changed");
        assertAccessible(driver);
        String overrideBand = "6";
        driver.findElement(By.id("outcome-AGREE_DIFFERENT")).click();
        new Select(driver.findElement(By.id("band"))).selectByValue(overrideBand);
        driver.findElement(By.id("startPolicy")).click();
        LocalDate review = today.plusYears(1).withMonth(9).withDayOfMonth(1);
        type(driver, "reviewDate-day", "1");
        type(driver, "reviewDate-month", "9");
        type(driver, "reviewDate-year", Integer.toString(review.getYear()));
        driver.findElement(By.id("reasonCodes-MODERATED_LEVELS")).click();
        type(driver, "writtenReason", "The panel set band " + overrideBand + " after weighing the school's evidence.");
        type(driver, "overrideReason", "The hearing loss and the school's evidence together justify two bands above the indication.");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("record")));
        assertThat(text("awaiting-approval")).contains("SEND manager");
        assertThat(text("case-state")).isEqualTo("Awaiting approval");
        assertAccessible(driver);

        // 6. The SEND manager approves the override and closes the meeting; the minutes show it.
        signInAs(driver, base(), "manager");
        assertAccessible(driver);
        openAgendaCase(driver, meeting, reference);
        clickAndWait(driver, driver.findElement(By.id("approve")));
        assertThat(text("case-state")).isEqualTo("Funded");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("Back to the meeting")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("close")));
        assertThat(text("meeting-status")).isEqualTo("Closed");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("minutes-link")));
        assertThat(text("minute-" + reference)).contains("SP1", "moderate hearing loss", "Agree a different band",
                "two bands above the indication", "Case status now: Funded");
        assertAccessible(driver);

        // 7. The SENCO reads the decision with band, amount, dates, reasons and the changed domain, then the notice.
        signInAs(driver, base(), "senco");
        assertAccessible(driver);
        driver.get(base() + requestPath);
        String decision = text("decision");
        assertThat(decision).contains("Band", overrideBand, "£16,068.00", "1 September " + review.getYear(),
                "weighing the school's evidence");
        assertThat(text("decision-reasons")).isNotBlank();
        assertThat(text("level-changes")).contains("Hearing", "moderate hearing loss");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("decision-notice-link")));
        assertThat(driver.getTitle()).startsWith("Decision notice");
        assertThat(text("main-content")).contains(overrideBand, "weighing the school's evidence",
                "How to ask for a review of this decision");
        assertAccessible(driver);
        String pdfUrl = driver.findElement(By.id("notice-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = Journeys.fetchWithSession(driver, pdfUrl);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
