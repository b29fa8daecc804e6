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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.testsupport.BrowserSupport;

/** Making and revoking an API token in a real browser, with an accessibility check of every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenBrowserTest {

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

    @Test
    void an_officer_makes_a_token_sees_it_once_and_revokes_it() {
        String base = "http://localhost:" + port;
        signIn(driver, base, "manager", "demo");
        clickAndWait(driver, driver.findElement(By.id("api-tokens-link")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("API tokens");
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.id("create-token")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter a name for the token").contains("Choose when the token expires");
        assertAccessible(driver);
        screenshot(driver, "api-tokens-error");

        driver.findElement(By.id("name")).sendKeys("Browser test");
        driver.findElement(By.id("expiresInDays")).click();
        clickAndWait(driver, driver.findElement(By.id("create-token")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("API token created");
        String secret = driver.findElement(By.id("token-secret")).getAttribute("value");
        assertThat(secret).startsWith("obt_");
        assertAccessible(driver);
        screenshot(driver, "api-token-created");

        clickAndWait(driver, driver.findElement(By.id("back-to-tokens")));
        assertThat(driver.getPageSource()).doesNotContain(secret);
        var row = driver.findElement(By.cssSelector("#tokens tbody tr"));
        assertThat(row.getText()).contains("Browser test").contains("Active");
        clickAndWait(driver, row.findElement(By.tagName("button")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Token \"Browser test\" revoked");
        assertThat(driver.findElement(By.cssSelector("#tokens tbody tr")).getText()).contains("Revoked");
        assertAccessible(driver);
        screenshot(driver, "api-tokens");
    }
}
