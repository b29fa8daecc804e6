package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
import static uk.openband.testsupport.BrowserSupport.signIn;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseSummary;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.BrowserSupport;

/**
 * The officer's triage loop: a request arrives (sent by the demo SENCO through the services),
 * the officer finds it in the queue, assigns it and returns it for information; the SENCO reads
 * the message, changes a level and sends it again; the officer decides under delegation. Every
 * page visited is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseworkBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;

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

    void signInAs(String username) {
        driver.manage().deleteAllCookies();
        signIn(driver, base(), username, "demo");
    }

    void openCaseFromQueue(String reference) {
        clickAndWait(driver, driver.findElement(By.linkText("Cases")));
        assertAccessible(driver);
        new Select(driver.findElement(By.id("state"))).selectByValue("SUBMITTED");
        new Select(driver.findElement(By.id("sort"))).selectByValue("NEWEST");
        clickAndWait(driver, driver.findElement(By.id("apply-filters")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText(reference)));
        assertThat(driver.getTitle()).startsWith("Case " + reference);
    }

    @Test
    void officer_triages_returns_for_information_and_decides_under_delegation() {
        AssessmentView sent = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseSummary opened = cases.forAssessment(sent.id()).orElseThrow();

        signInAs("officer");
        openCaseFromQueue(opened.reference());
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("Submitted");
        assertAccessible(driver);
        screenshot(driver, "officer-case-submitted");
        clickAndWait(driver, driver.findElement(By.id("assign-me")));
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("In triage");

        clickAndWait(driver, driver.findElement(By.id("return")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertAccessible(driver);
        driver.findElement(By.id("message")).sendKeys("Please add the speech and language therapist's latest report "
                + "to the evidence for cognition and learning.");
        clickAndWait(driver, driver.findElement(By.id("return")));
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("More information requested");
        assertAccessible(driver);

        signInAs("senco");
        driver.get(base() + "/assessments/" + sent.id());
        assertThat(driver.findElement(By.id("school-message")).getText())
                .startsWith("Please add the speech and language therapist's latest report");
        assertAccessible(driver);
        driver.get(base() + "/assessments/" + sent.id() + "/areas/IS");
        driver.findElement(By.id("IS2")).click();
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("continue")));
        driver.get(base() + "/assessments/" + sent.id() + "/check");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("submit")));
        assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Request sent");

        signInAs("officer");
        openCaseFromQueue(opened.reference());
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("Submitted");
        clickAndWait(driver, driver.findElement(By.id("assign-me")));
        driver.findElement(By.id("reasonCodes")).click();
        driver.findElement(By.id("writtenReason")).sendKeys("The evidence supports the levels, including the "
                + "speech and language report.");
        driver.findElement(By.id("reviewDate-day")).sendKeys("1");
        driver.findElement(By.id("reviewDate-month")).sendKeys("10");
        driver.findElement(By.id("reviewDate-year")).sendKeys("2027");
        assertAccessible(driver);
        screenshot(driver, "officer-delegated-decision");
        clickAndWait(driver, driver.findElement(By.id("decide-delegated")));
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("Funded");
        assertThat(driver.findElement(By.id("decision")).getText()).contains("Agreed the indicated band",
                "The evidence supports the levels");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Returned to the school for more information",
                "School sent the request again", "Decision in force");
        assertAccessible(driver);
    }
}
