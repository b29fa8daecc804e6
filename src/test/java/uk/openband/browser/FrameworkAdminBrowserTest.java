package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.time.LocalDate;
import java.util.UUID;
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
import uk.openband.testsupport.BrowserSupport;
import uk.openband.testsupport.MutableClock;

/**
 * An administrator starts a new draft from the published demo framework, edits a level's
 * points and a descriptor, meets and fixes an error, compares the draft with the published
 * version and publishes it through the confirmation page, then retires it. axe checks every page visited.
 * Today is 15 January 2027 and the new version takes effect on 1 April 2027; retired, it is never in force
 * for the other tests sharing the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrameworkAdminBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

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

    WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    void type(String id, String text) {
        WebElement input = id(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the button, then checks the banner, the state in the facts and that {@code goneId} is gone. */
    void changeState(String button, String banner, String state, String goneId) {
        clickAndWait(driver, id(button));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains(banner);
        assertThat(id("facts").getText()).contains(state);
        assertThat(driver.findElements(By.id(goneId))).isEmpty();
        assertAccessible(driver);
    }

    @Test
    void admin_edits_compares_and_publishes_a_new_framework_version() {
        clock.setToday(LocalDate.of(2027, 1, 15));
        String version = "2027-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(driver, base(), "admin", "demo");

        clickAndWait(driver, driver.findElement(By.linkText("Frameworks")));
        assertThat(driver.getTitle()).isEqualTo("Frameworks and tariffs – OpenBand");
        assertAccessible(driver);
        screenshot(driver, "framework-admin-list");

        clickAndWait(driver, driver.findElement(By.cssSelector("#frameworks")).findElement(By.linkText("2025-26.1")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Demo high needs matrix version 2025-26.1");
        assertAccessible(driver);

        clickAndWait(driver, id("new-draft"));
        assertAccessible(driver);
        type("version", version);
        type("effectiveFrom-day", "1");
        type("effectiveFrom-month", "4");
        type("effectiveFrom-year", "2027");
        type("changeNote", "Raises the points for significant learning needs");
        clickAndWait(driver, id("start"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Draft version " + version + " has been started");
        assertAccessible(driver);

        clickAndWait(driver, id("change-CL"));
        assertThat(driver.getTitle()).isEqualTo("Change area: Cognition and learning – OpenBand");
        assertAccessible(driver);
        type("domain-0-level-3-points", "-2");
        type("domain-0-level-3-descriptors", "Working far below peers in most subjects despite sustained intervention.\n"
                + "Needs an individually planned curriculum for much of the day.");
        clickAndWait(driver, id("save"));
        assertThat(driver.getTitle()).isEqualTo("Error: Change area: Cognition and learning – OpenBand");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Points for Learning and attainment level 3 must be >= 0");
        assertThat(id("domain-0-level-3-points-error").getText()).contains("must be >= 0");
        assertAccessible(driver);
        screenshot(driver, "framework-area-error");

        type("domain-0-level-3-points", "3.5");
        clickAndWait(driver, id("save"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your changes to Cognition and learning have been saved");
        assertAccessible(driver);

        clickAndWait(driver, id("compare"));
        new Select(id("from")).selectByValue("2025-26.1");
        clickAndWait(driver, id("compare-button"));
        String changes = id("changes").getText();
        assertThat(changes).contains("Learning and attainment, level 3").contains("3.5")
                .contains("Working far below peers").contains("2027-04-01");
        assertAccessible(driver);
        screenshot(driver, "framework-compare");

        driver.navigate().back();
        driver.navigate().back();
        driver.navigate().refresh();
        clickAndWait(driver, id("publish"));
        assertThat(id("from-date").getText()).isEqualTo("Version " + version + " will be used from 1 April 2027.");
        assertThat(id("changes").getText()).contains("3.5");
        assertAccessible(driver);
        screenshot(driver, "framework-publish");

        // Publishing and retiring each say so, show the new state and take their button away.
        changeState("confirm-publish", "Version " + version + " has been published", "Published", "publish");
        changeState("retire", "Version " + version + " has been retired", "Retired", "retire");
    }
}
