package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.directory.Upn;
import uk.openband.testsupport.BrowserSupport;

/** A SENCO adds a pupil (after a clear error for a wrong check letter) and finds them; admins' settings pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PupilBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

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

    @AfterEach
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void senco_adds_a_pupil_after_fixing_the_check_letter_and_finds_them() {
        String last12 = "999200126" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String upn = Upn.checkLetter(last12) + last12;
        char wrongLetter = upn.charAt(0) == 'A' ? 'B' : 'A';
        String lastName = "Ashworth-" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + (char) ('a' + ThreadLocalRandom.current().nextInt(26));

        signIn(driver, base(), "senco", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Pupils")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pupils");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("add-pupil")));
        assertThat(driver.getTitle()).isEqualTo("Add a pupil – OpenBand");
        assertAccessible(driver);
        screenshot(driver, "senco-add-pupil");

        driver.findElement(By.id("upn")).sendKeys(wrongLetter + last12);
        driver.findElement(By.id("firstName")).sendKeys("Maya");
        driver.findElement(By.id("lastName")).sendKeys(lastName);
        driver.findElement(By.id("dateOfBirth-day")).sendKeys("14");
        driver.findElement(By.id("dateOfBirth-month")).sendKeys("2");
        driver.findElement(By.id("dateOfBirth-year")).sendKeys("2017");
        driver.findElement(By.cssSelector("input[name=sex][value=F]")).click();
        new Select(driver.findElement(By.id("ethnicity"))).selectByValue("MWBA");
        new Select(driver.findElement(By.id("primaryNeed"))).selectByValue("SLCN");
        driver.findElement(By.cssSelector("input[name=ehcStatus][value=NONE]")).click();
        clickAndWait(driver, driver.findElement(By.id("save")));

        assertThat(driver.getTitle()).isEqualTo("Error: Add a pupil – OpenBand");
        String expected = "The UPN's check letter should be " + upn.charAt(0) + " — check the UPN";
        WebElement summary = driver.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem").contains(expected);
        assertThat(driver.findElement(By.id("upn-error")).getText()).contains(expected);
        assertThat(driver.findElement(By.id("lastName")).getAttribute("value")).isEqualTo(lastName);
        assertAccessible(driver);
        screenshot(driver, "senco-add-pupil-check-letter");

        WebElement upnInput = driver.findElement(By.id("upn"));
        upnInput.clear();
        upnInput.sendKeys(upn);
        clickAndWait(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Pupil added");
        assertThat(driver.findElement(By.id("pupil-name")).getText()).isEqualTo("Maya " + lastName);
        assertThat(driver.findElement(By.id("pupil-details")).getText()).contains(upn).contains("14 February 2017")
                .contains("Brookfield Primary School");
        assertAccessible(driver);
        screenshot(driver, "senco-pupil");

        clickAndWait(driver, driver.findElement(By.linkText("Pupils")));
        driver.findElement(By.id("q")).sendKeys(lastName);
        clickAndWait(driver, driver.findElement(By.id("search")));
        assertThat(driver.findElement(By.id("pupils")).getText()).contains(lastName + ", Maya").contains(upn);
        assertAccessible(driver);
        screenshot(driver, "senco-find-pupil");
        clickAndWait(driver, driver.findElement(By.linkText(lastName + ", Maya")));
        clickAndWait(driver, driver.findElement(By.cssSelector("#pupil-details a[href$='#upn']")));
        assertThat(driver.getTitle()).isEqualTo("Change a pupil's details – OpenBand");
        assertAccessible(driver);
    }

    @Test
    void admin_pages_for_settings_are_accessible() {
        signIn(driver, base(), "admin", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Settings")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Settings");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("Brookfield Primary School")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.cssSelector("#setting-details a[href$='#category']")));
        assertAccessible(driver);
        driver.get(base() + "/admin/settings/import");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("import")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertAccessible(driver);
        driver.get(base() + "/admin/settings/categories");
        assertAccessible(driver);
        driver.get(base() + "/pupils/import");
        assertAccessible(driver);
    }
}
