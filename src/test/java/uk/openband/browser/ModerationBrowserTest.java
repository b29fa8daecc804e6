package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Moderation in the browser: the SEND manager draws a month's sample, scores the sampled case blind,
 * sees the comparison, adds a note and reads the agreement rates. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModerationBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired AssessmentManagement assessments;
    @Autowired PupilRegistry pupils;
    @Autowired SettingDirectory settings;
    @Autowired CaseQueries cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired JdbcTemplate jdbc;

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
    void manager_draws_a_sample_scores_blind_and_reads_the_rates() {
        YearMonth month = YearMonth.of(1800 + ThreadLocalRandom.current().nextInt(90), 6);
        AssessmentView a = CaseFixtures.submitted(assessments, pupils, settings, CaseFixtures.BAND_3);
        CaseDetail c = cases.detail(cases.forAssessment(a.id()).orElseThrow().id()).orElseThrow();
        workflow.assign(c.id(), c.version(), "officer");
        c = cases.detail(c.id()).orElseThrow();
        decisions.decideUnderDelegation(c.id(), c.version(), new DecisionRequest(DecisionOutcome.AGREE_INDICATED, null,
                null, null, null, null, LocalDate.of(2027, 10, 1), List.of("EVIDENCE_SUPPORTS_LEVELS"),
                "The evidence supports every level.", null), "officer");
        jdbc.update("UPDATE case_decision SET decided_at = ? WHERE id = (SELECT decision_id FROM funding_case WHERE id = ?)",
                Timestamp.valueOf(month.atDay(10).atTime(12, 0)), c.id());

        String base = "http://localhost:" + port;
        signIn(driver, base, "manager", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Moderation")));
        assertAccessible(driver);
        driver.findElement(By.id("month")).clear();
        driver.findElement(By.id("month")).sendKeys(month.toString());
        clickAndWait(driver, driver.findElement(By.id("draw")));
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.linkText(c.summary().reference())));
        assertThat(driver.getTitle()).startsWith("Moderate case");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("save-blind")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertAccessible(driver);
        for (String domain : CaseFixtures.DOMAINS) {
            driver.findElement(By.id("level-" + domain + "-" + (domain.equals("CL1") ? 2 : 1))).click();
        }
        clickAndWait(driver, driver.findElement(By.id("save-blind")));
        assertThat(driver.findElement(By.id("agreed")).getText()).startsWith("11 of 12 domains agree");
        assertAccessible(driver);
        driver.findElement(By.id("note")).sendKeys("Learning was scored one level lower at the decision.");
        clickAndWait(driver, driver.findElement(By.id("save-note")));
        assertAccessible(driver);

        driver.get(base + "/moderation/rates?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
        assertThat(driver.findElement(By.id("rate-overall-all")).getText()).contains("91.7%");
        assertAccessible(driver);
    }
}
