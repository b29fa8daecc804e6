package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.directory.Upn;
import uk.openband.testsupport.BrowserSupport;
import uk.openband.testsupport.Journeys;

/**
 * The SENCO's main journey: add a pupil (told clearly when the UPN's check letter is wrong),
 * complete the matrix with evidence while the indicative band changes, check, send, and see the
 * reference. Every page visited is checked with axe; screenshots feed the SENCO guide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SencoRequestBrowserTest {

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

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void senco_adds_a_pupil_completes_the_matrix_and_sends_the_request() {
        signIn(driver, base(), "senco", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Pupils")));
        clickAndWait(driver, driver.findElement(By.id("add-pupil")));
        String last12 = "999300" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String upn = Upn.checkLetter(last12) + last12;
        String wrong = (upn.charAt(0) == 'A' ? "B" : "A") + last12;
        Journeys.fillPupilForm(driver, wrong, "Noah", "Okafor" + last12.substring(8));
        clickAndWait(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElement(By.id("upn-error")).getText())
                .contains("The UPN's check letter should be " + upn.charAt(0));
        driver.findElement(By.id("upn")).clear();
        driver.findElement(By.id("upn")).sendKeys(upn);
        clickAndWait(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElement(By.id("pupil-details")).getText()).contains(upn);

        clickAndWait(driver, driver.findElement(By.id("requests-link")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("start-request")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Matrix assessment");
        assertAccessible(driver);
        screenshot(driver, "senco-assessment-tasks");

        // Cognition and learning: the indicative band rises as the levels are saved.
        clickAndWait(driver, driver.findElement(By.linkText("Cognition and learning")));
        assertThat(text("indicative-total")).isEqualTo("0");
        assertThat(driver.findElement(By.id("CL1-evidence-group")).isDisplayed()).as("no evidence needed yet").isFalse();
        driver.findElement(By.id("CL1-3")).click();
        assertThat(driver.findElement(By.id("CL1-evidence-group")).isDisplayed()).as("evidence revealed at level 3").isTrue();
        driver.findElement(By.id("CL1-evidence")).sendKeys("Reading age 5 years 2 months at age 9; follows an individual literacy programme daily.");
        driver.findElement(By.id("CL2-1")).click();
        // Over the 4,000 characters: the character count says so, and the form is not sent.
        String typed = driver.findElement(By.id("CL1-evidence")).getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('CL1-evidence').value = 'x'.repeat(4000);");
        driver.findElement(By.id("CL1-evidence")).sendKeys("y");
        String areaUrl = driver.getCurrentUrl();
        driver.findElement(By.id("continue")).click();
        assertThat(driver.findElement(By.cssSelector("#CL1-evidence-group .govuk-character-count__status")).getText())
                .contains("1 character too many");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("CL1-evidence");
        assertThat(driver.getCurrentUrl()).isEqualTo(areaUrl);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('CL1-evidence').value = arguments[0];", typed);
        assertAccessible(driver);
        screenshot(driver, "senco-assessment-area");
        clickAndWait(driver, driver.findElement(By.id("continue")));
        assertThat(text("indicative-total")).isEqualTo("16");
        assertThat(text("indicative-band")).isEqualTo("2");

        Map<String, Integer> levels = new java.util.HashMap<>();
        Journeys.AREAS.values().forEach(domains -> domains.forEach(d -> levels.put(d, 1)));
        levels.put("CI2", 3);
        for (String area : List.of("CI", "SEMH", "SP", "IS", "SB")) {
            Journeys.chooseLevels(driver, area, levels);
        }
        assertThat(text("indicative-total")).isEqualTo("41");
        assertThat(text("indicative-band")).isEqualTo("5");

        assertThat(driver.getTitle()).startsWith("Start date, provision and declaration");
        assertAccessible(driver);
        driver.findElement(By.id("requestedStartDate-day")).sendKeys("1");
        driver.findElement(By.id("requestedStartDate-month")).sendKeys("1");
        driver.findElement(By.id("requestedStartDate-year")).sendKeys(Integer.toString(
                java.time.LocalDate.now().getYear() + 1));
        driver.findElement(By.id("lines0-supportType")).sendKeys("Teaching assistant, 1:1 in literacy");
        driver.findElement(By.id("lines0-hours")).sendKeys("10");
        driver.findElement(By.id("lines0-cost")).sendKeys("185.00");
        clickAndWait(driver, driver.findElement(By.id("continue")));

        // Check your answers: the declaration is missing, so sending names it and links to it.
        assertThat(driver.getTitle()).startsWith("Check your answers");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("submit")));
        assertThat(driver.getTitle()).startsWith("Error: Check your answers");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Confirm that the parent or young person has been consulted");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.partialLinkText("Confirm that the parent")));
        driver.findElement(By.id("consulted")).click();
        clickAndWait(driver, driver.findElement(By.id("continue")));
        screenshot(driver, "senco-assessment-check");
        clickAndWait(driver, driver.findElement(By.id("submit")));

        assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Request sent");
        assertThat(text("reference")).matches("OB-\\d{4}-\\d{6}");
        assertAccessible(driver);
        screenshot(driver, "senco-assessment-sent");

        clickAndWait(driver, driver.findElement(By.linkText("View the request you sent")));
        assertThat(text("status")).isEqualTo("Sent to the local authority");
        assertAccessible(driver);
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
