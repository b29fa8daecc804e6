package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.testsupport.BrowserSupport;

/** A visitor reads the matrix, the tariffs and their history and uses the calculator, with and without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTest {

    static WebDriver driver;
    static WebDriver noScript;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowsers() {
        driver = BrowserSupport.startChromium();
        noScript = BrowserSupport.startChromiumWithoutJavaScript();
    }

    @AfterAll
    static void stopBrowsers() {
        if (driver != null) {
            driver.quit();
        }
        if (noScript != null) {
            noScript.quit();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void a_visitor_reads_the_matrix_tariffs_and_history() {
        driver.get(base() + "/");
        clickAndWait(driver, driver.findElement(By.linkText("Matrix")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Demo high needs matrix");
        assertAccessible(driver);
        screenshot(driver, "public-matrix");

        clickAndWait(driver, driver.findElement(By.linkText("Tariffs")));
        assertThat(driver.findElement(By.id("tariff-MAINSTREAM")).getText()).contains("Annual 2025-26");
        assertAccessible(driver);
        screenshot(driver, "public-tariffs");

        driver.get(base() + "/matrix/history");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("tariff-history")).findElement(By.partialLinkText("Compare with")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("What changed from");
        assertAccessible(driver);
    }

    @Test
    void with_javascript_the_result_updates_as_levels_are_chosen() {
        driver.get(base() + "/calculator");
        assertAccessible(driver);
        driver.findElement(By.id("category")).click();
        driver.findElement(By.id("CL1-3")).click();
        waitForText("result-total", "12");
        driver.findElement(By.id("CL2-4")).click();
        waitForText("result-total", "16");
        assertThat(driver.findElement(By.id("result-band")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("result-amount")).getText()).isEqualTo("£3,090.00");
        assertThat(driver.findElement(By.id("result-trace")).getText()).contains("capped at 16");
        assertThat(driver.getCurrentUrl()).as("no page load happened").endsWith("/calculator");
        assertAccessible(driver);
        screenshot(driver, "public-calculator");
    }

    @Test
    void without_javascript_the_calculate_button_gives_the_same_result() {
        noScript.get(base() + "/calculator");
        noScript.findElement(By.id("category")).click();
        noScript.findElement(By.id("CL1-3")).click();
        noScript.findElement(By.id("CL2-4")).click();
        assertThat(noScript.findElement(By.id("result-empty")).isDisplayed()).isTrue();
        clickAndWait(noScript, noScript.findElement(By.id("calculate")));
        assertThat(noScript.findElement(By.id("result-total")).getText()).isEqualTo("16");
        assertThat(noScript.findElement(By.id("result-amount")).getText()).isEqualTo("£3,090.00");
        // axe runs as a script, so the same server-rendered pages are checked in the JavaScript browser
        driver.get(noScript.getCurrentUrl());
        assertAccessible(driver);

        noScript.get(base() + "/calculator?calculate=yes");
        assertThat(noScript.getTitle()).startsWith("Error: ");
        driver.get(noScript.getCurrentUrl());
        assertAccessible(driver);
    }

    private void waitForText(String id, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text.equals(d.findElement(By.id(id)).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("#" + id + " never showed " + text + "; the result panel says: "
                    + driver.findElement(By.id("result")).getAttribute("innerText") + " / body class: "
                    + driver.findElement(By.tagName("body")).getAttribute("class"), e);
        }
    }
}
