package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
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
import uk.openband.casework.StartPolicy;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.PupilScope;
import uk.openband.directory.SettingDirectory;
import uk.openband.agreements.AgreementView;
import uk.openband.agreements.FundingAgreements;
import uk.openband.testsupport.BrowserSupport;

/**
 * An officer opens a funded pupil's funding page from the pupil page and records a leaving date
 * (first with a mistake); a finance officer opens the payment settings. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired FundingAgreements funding;

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

    AgreementView funded() {
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = cases.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, StartPolicy.CHOSEN, LocalDate.of(2027, 4, 1), 3, LocalDate.of(2028, 3, 1),
                List.of("EVIDENCE_SUPPORTS_LEVELS"), "The evidence supports every level.", null), "officer");
        return funding.search(PupilScope.allSettings(), a.pupilId(), null, null).get(0);
    }

    @Test
    void officer_records_a_leaving_date_on_the_pupils_funding_page() {
        AgreementView a = funded();
        signInAs("officer");
        driver.get(base() + "/pupils/" + a.pupilId());
        clickAndWait(driver, driver.findElement(By.id("funding-link")));
        assertThat(driver.getTitle()).startsWith("Funding agreements and payments");
        assertThat(driver.findElement(By.id("agreement-" + a.id())).getText()).contains(a.reference(), "Active");
        assertAccessible(driver);
        screenshot(driver, "officer-pupil-funding");

        driver.findElement(By.cssSelector("#agreement-" + a.id() + " .govuk-details__summary")).click();
        driver.findElement(By.id("leavingDate-" + a.id() + "-day")).sendKeys("31");
        driver.findElement(By.id("leavingDate-" + a.id() + "-month")).sendKeys("3");
        driver.findElement(By.id("leavingDate-" + a.id() + "-year")).sendKeys("2027");
        driver.findElement(By.id("reason-" + a.id())).sendKeys("Moved out of the area");
        clickAndWait(driver, driver.findElement(By.id("record-leaving-" + a.id())));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("The leaving date must be on or after the agreement's start, 1 April 2027");
        assertAccessible(driver);

        driver.findElement(By.id("leavingDate-" + a.id() + "-day")).clear();
        driver.findElement(By.id("leavingDate-" + a.id() + "-day")).sendKeys("20");
        driver.findElement(By.id("leavingDate-" + a.id() + "-month")).clear();
        driver.findElement(By.id("leavingDate-" + a.id() + "-month")).sendKeys("10");
        clickAndWait(driver, driver.findElement(By.id("record-leaving-" + a.id())));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains(a.reference());
        assertThat(driver.findElement(By.id("agreement-" + a.id())).getText()).contains("Ended", "20 October 2027");
        assertAccessible(driver);
    }

    @Test
    void finance_officer_opens_the_payment_settings() {
        signInAs("finance");
        clickAndWait(driver, driver.findElement(By.linkText("Payment settings")));
        assertThat(driver.getTitle()).startsWith("Payment settings");
        driver.findElement(By.cssSelector("#y2026-details .govuk-details__summary")).click();
        assertAccessible(driver);
        screenshot(driver, "finance-payment-settings");
        driver.findElement(By.id("y2026-autumnWeight")).clear();
        driver.findElement(By.id("y2026-autumnWeight")).sendKeys("x");
        clickAndWait(driver, driver.findElement(By.id("save-settings")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertAccessible(driver);
    }
}
