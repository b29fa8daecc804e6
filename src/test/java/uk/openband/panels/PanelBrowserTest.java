package uk.openband.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.time.Clock;
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
import org.springframework.context.ApplicationContext;
import uk.openband.testsupport.BrowserSupport;

/**
 * A panel from planning to minutes: the officer plans a meeting with a case listed for panel;
 * {@code panel} chairs it, moderates one domain and records an override that needs approval;
 * {@code manager} approves it and closes the meeting; the minutes show it all. axe checks every
 * page visited. (Listing the case for panel is done through {@code CaseWorkflow}: the officer's
 * case page belongs to casework.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PanelBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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

    WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    void type(String id, String text) {
        WebElement input = id(id);
        input.clear();
        input.sendKeys(text);
    }

    void signOut() {
        clickAndWait(driver, id("sign-out"));
    }

    void openAgendaCase(String reference) {
        clickAndWait(driver, driver.findElement(By.linkText("Panels")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.cssSelector("#meetings tbody tr a")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText(reference)));
        assertAccessible(driver);
    }

    @Test
    void officer_plans_panel_moderates_and_overrides_manager_approves_and_the_minutes_show_it() {
        PanelFixtures.AtPanel c = new PanelFixtures(context).caseAtPanel("100001");
        LocalDate today = LocalDate.now(clock);

        signIn(driver, base(), "officer", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Panels")));
        assertThat(driver.getTitle()).isEqualTo("Panel meetings – OpenBand");
        assertAccessible(driver);
        clickAndWait(driver, id("new-meeting"));
        assertAccessible(driver);
        // A mistake first: no chair.
        type("date-day", Integer.toString(today.getDayOfMonth()));
        type("date-month", Integer.toString(today.getMonthValue()));
        type("date-year", Integer.toString(today.getYear()));
        clickAndWait(driver, id("create"));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertAccessible(driver);
        new Select(id("chair")).selectByVisibleText("Priya Shah");
        id("members-panel2").click();
        id("members-panel3").click();
        screenshot(driver, "panel-plan-meeting");
        clickAndWait(driver, id("create"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Panel meeting on");
        assertAccessible(driver);
        new Select(id("caseReference")).selectByValue(c.reference());
        clickAndWait(driver, id("add-case"));
        assertThat(id("agenda").getText()).contains(c.reference());
        assertAccessible(driver);
        clickAndWait(driver, id("start"));
        assertThat(id("meeting-status").getText()).isEqualTo("In session");
        assertAccessible(driver);
        screenshot(driver, "panel-meeting-in-session");
        clickAndWait(driver, id("pack-link"));
        assertThat(id("pack-" + c.reference()).getText()).contains("Evidence for SP3");
        assertAccessible(driver);
        signOut();

        signIn(driver, base(), "panel", "demo");
        openAgendaCase(c.reference());
        new Select(id("domain")).selectByValue("SP1");
        type("level", "4");
        type("note", "The audiology report tabled at panel shows a severe loss");
        clickAndWait(driver, id("moderate"));
        assertThat(id("comparison").getText()).contains("+8", "Band changed");
        assertAccessible(driver);
        screenshot(driver, "panel-moderated");
        id("outcome-AGREE_DIFFERENT").click();
        new Select(id("band")).selectByValue("5");
        id("startPolicy").click();
        type("reviewDate-day", "1");
        type("reviewDate-month", "9");
        type("reviewDate-year", Integer.toString(today.getYear() + 1));
        id("reasonCodes-MODERATED_LEVELS").click();
        type("writtenReason", "The panel agreed band 5 after moderating the sensory level.");
        type("overrideReason", "The moderated sensory and physical level puts the total in band 5.");
        screenshot(driver, "panel-decision");
        clickAndWait(driver, id("record"));
        assertThat(id("awaiting-approval").getText()).contains("SEND manager");
        assertThat(id("case-state").getText()).isEqualTo("Awaiting approval");
        assertAccessible(driver);
        signOut();

        signIn(driver, base(), "manager", "demo");
        openAgendaCase(c.reference());
        screenshot(driver, "panel-awaiting-approval");
        clickAndWait(driver, id("approve"));
        assertThat(id("case-state").getText()).isEqualTo("Funded");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("Back to the meeting")));
        clickAndWait(driver, id("close"));
        assertThat(id("meeting-status").getText()).isEqualTo("Closed");
        assertAccessible(driver);
        clickAndWait(driver, id("minutes-link"));
        String minute = id("minute-" + c.reference()).getText();
        assertThat(minute).contains("SP1", "severe loss", "Agree a different band", "£12,103.00",
                "puts the total in band 5", "Case status now: Funded");
        assertThat(id("attendance").getText()).contains("Priya Shah (chair)", "Tom Okafor", "Rhea Collins");
        assertAccessible(driver);
        screenshot(driver, "panel-minutes");
    }
}
