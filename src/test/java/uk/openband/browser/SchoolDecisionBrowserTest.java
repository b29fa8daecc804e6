package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.assessment.AssessmentView;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseDetail;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.casework.DecisionOutcome;
import uk.openband.casework.DecisionRequest;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.BrowserSupport;

/**
 * The school's view of a decision: the SENCO reads it on the request, opens the decision notice,
 * and disputes it (an empty reason first, then with reasons). Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolDecisionBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;

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

    @Test
    void senco_reads_the_decision_and_its_notice_and_disputes_it() {
        AssessmentView sent = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        long caseId = cases.forAssessment(sent.id()).orElseThrow().id();
        workflow.assign(caseId, cases.detail(caseId).map(CaseDetail::version).orElseThrow(), "officer");
        decisions.decideUnderDelegation(caseId, cases.detail(caseId).map(CaseDetail::version).orElseThrow(),
                new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null, null, null, null, null,
                        LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                        "The evidence supports every level.", null), "officer");

        String base = "http://localhost:" + port;
        signIn(driver, base, "senco", "demo");
        driver.get(base + "/assessments/" + sent.id());
        assertThat(driver.findElement(By.id("decision")).getText()).contains("Agreed the indicated band",
                "The evidence supports every level.");
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.id("decision-notice-link")));
        assertThat(driver.getTitle()).startsWith("Decision notice");
        assertThat(driver.findElement(By.id("how-to-review")).getText())
                .isEqualTo("How to ask for a review of this decision");
        assertAccessible(driver);

        driver.get(base + "/assessments/" + sent.id());
        clickAndWait(driver, driver.findElement(By.id("dispute-link")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.cssSelector("#dispute-form button")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertAccessible(driver);
        driver.findElement(By.id("reason")).sendKeys("The speech and language report shows more need.");
        clickAndWait(driver, driver.findElement(By.cssSelector("#dispute-form button")));
        assertThat(driver.findElement(By.id("dispute-reason")).getText())
                .isEqualTo("The speech and language report shows more need.");
        assertAccessible(driver);
    }
}
