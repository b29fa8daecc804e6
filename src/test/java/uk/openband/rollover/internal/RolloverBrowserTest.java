package uk.openband.rollover.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.assessment.AssessmentManagement;
import uk.openband.casework.CaseDecisions;
import uk.openband.casework.CaseFixtures;
import uk.openband.casework.CaseQueries;
import uk.openband.casework.CaseWorkflow;
import uk.openband.directory.PupilRegistry;
import uk.openband.directory.SettingDirectory;
import uk.openband.directory.SettingSummary;
import uk.openband.framework.FrameworkCatalogue;
import uk.openband.framework.VersionSummary;
import uk.openband.framework.internal.CatalogueAdministration;
import uk.openband.rollover.internal.RolloverModel.Candidate;
import uk.openband.testsupport.BrowserSupport;
import uk.openband.testsupport.MutableClock;
import uk.openband.testsupport.OwnDatabase;

/**
 * An administrator rolls agreements over to a 3% uplift: meets the form's errors, previews with
 * no-loss and a cap, applies after confirming, and reads the run. axe checks every page visited. A roll-over
 * takes every agreement in force, so the test has a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OwnDatabase
class RolloverBrowserTest {

    static WebDriver driver;

    @LocalServerPort int port;
    @Autowired CatalogueAdministration admin;
    @Autowired FrameworkCatalogue catalogue;
    @Autowired SettingDirectory settings;
    @Autowired PupilRegistry pupils;
    @Autowired AssessmentManagement assessments;
    @Autowired CaseQueries queries;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseDecisions decisions;
    @Autowired RolloverAgreements agreements;
    @Autowired MutableClock clock;

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

    WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    void type(String id, String text) {
        WebElement input = id(id);
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void admin_previews_and_applies_a_three_per_cent_uplift() {
        clock.setToday(RolloverFixtures.TODAY);
        RolloverFixtures f = new RolloverFixtures(admin, catalogue, settings, pupils, assessments, queries, workflow,
                decisions, agreements);
        SettingSummary school = f.newSetting("Browser Primary");
        Candidate three = f.agreement(school.id(), CaseFixtures.BAND_3, LocalDate.of(2028, 1, 1), 6,
                LocalDate.of(2028, 9, 1));
        VersionSummary table = f.publish(RolloverFixtures.times("1.03"));

        signIn(driver, "http://localhost:" + port, "admin", "demo");
        clickAndWait(driver, id("rollover-link"));
        assertThat(driver.getTitle()).isEqualTo("Roll over agreements to a new tariff – OpenBand");
        assertAccessible(driver);

        clickAndWait(driver, id("preview-rollover"));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Choose the banding table version to roll over to")
                .contains("Choose how agreements move to the new table");
        assertAccessible(driver);

        new Select(id("table")).selectByValue(Long.toString(table.id()));
        type("effectiveFrom-day", "1");
        type("effectiveFrom-month", "4");
        type("effectiveFrom-year", "2028");
        id("policy-MOVE").click();
        id("noLoss").click();
        type("capPercent", "5");
        clickAndWait(driver, id("preview-rollover"));
        assertThat(driver.getTitle()).isEqualTo("Preview of the roll-over – OpenBand");
        assertThat(id("change-" + three.reference()).getText()).contains("£5,459.00").contains("£5,622.77")
                .contains("+£163.77");
        assertThat(id("setting-" + school.id()).getText()).contains("+£163.77");
        // The demo data's agreements are in force then too, depending on today's date.
        int changes = driver.findElements(By.cssSelector("#changes tbody tr")).size();
        assertThat(changes).isPositive();
        assertAccessible(driver);
        screenshot(driver, "rollover-preview");

        clickAndWait(driver, id("apply-rollover"));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Confirm that you have checked the agreements and the cost change");
        assertAccessible(driver);

        id("confirm").click();
        clickAndWait(driver, id("apply-rollover"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Roll-over applied");
        assertThat(id("run-table").getText()).isEqualTo(table.key() + " " + table.version());
        assertThat(id("run-counts").getText()).startsWith(changes + " superseded");
        assertAccessible(driver);
        screenshot(driver, "rollover-run");
    }
}
