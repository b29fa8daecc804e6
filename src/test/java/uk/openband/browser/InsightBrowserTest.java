package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.testsupport.BrowserSupport;

/**
 * Insight in the browser: a SEND manager opens the indicators from the home page, chooses a quarter and custom
 * dates, downloads the table as CSV, then the equality table by sex and its CSV; every page is checked with axe. Other roles are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InsightBrowserTest {

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
    void manager_reads_the_indicators_and_downloads_the_csv() throws Exception {
        String base = "http://localhost:" + port;
        signIn(driver, base, "manager", "demo");
        clickAndWait(driver, driver.findElement(By.id("insight-link")));
        assertThat(driver.getTitle()).startsWith("Performance indicators");
        assertThat(driver.findElement(By.id("indicators-chart")).getAttribute("role")).isEqualTo("img");
        assertThat(driver.findElements(By.cssSelector("#indicators-table tbody tr"))).hasSize(27);
        assertAccessible(driver);

        driver.findElement(By.id("period-quarter")).click();
        driver.findElement(By.id("date")).sendKeys("2026-05-20");
        clickAndWait(driver, driver.findElement(By.id("show-period")));
        assertThat(driver.findElement(By.id("period-heading")).getText()).isEqualTo("1 April 2026 to 30 June 2026");
        assertAccessible(driver);

        driver.findElement(By.id("period-custom")).click();
        driver.findElement(By.id("from")).sendKeys("2026-06-30");
        driver.findElement(By.id("to")).sendKeys("2026-06-01");
        clickAndWait(driver, driver.findElement(By.id("show-period")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The last day of the period must not be before its first day");
        assertAccessible(driver);

        driver.findElement(By.id("from")).clear();
        driver.findElement(By.id("from")).sendKeys("2026-04-01");
        driver.findElement(By.id("to")).clear();
        driver.findElement(By.id("to")).sendKeys("2026-09-30");
        clickAndWait(driver, driver.findElement(By.id("show-period")));
        assertThat(driver.findElement(By.id("period-heading")).getText()).isEqualTo("1 April 2026 to 30 September 2026");
        assertAccessible(driver);

        String csv = new String(download(driver.findElement(By.id("indicators-csv")).getAttribute("href")),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Indicator,Measure,From,To,Value,");
        assertThat(csv).contains("requestsReceived,Requests received,2026-04-01,2026-09-30,");
        assertThat(csv.split("\r\n")).hasSize(1 + 27);

        clickAndWait(driver, driver.findElement(By.id("nav-equality")));
        assertThat(driver.getTitle()).startsWith("Equality");
        assertThat(driver.findElement(By.id("how-to-read")).getText()).contains("Small numbers are hidden");
        assertAccessible(driver);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("by"))).selectByValue("sex");
        driver.findElement(By.id("period-financial-year")).click();
        clickAndWait(driver, driver.findElement(By.id("show-period")));
        assertThat(driver.findElement(By.id("group-council")).getText()).startsWith("All pupils (council-wide)");
        assertAccessible(driver);
        String equality = new String(download(driver.findElement(By.id("equality-csv")).getAttribute("href")),
                StandardCharsets.UTF_8);
        assertThat(equality).startsWith("Grouped by,Group,From,To,Requests,");
        assertThat(equality).contains("sex,All pupils (council-wide),");
    }

    @Test
    void a_senco_a_panel_member_and_a_finance_officer_are_refused() {
        String base = "http://localhost:" + port;
        for (String who : new String[] {"senco", "panel", "finance"}) {
            driver.manage().deleteAllCookies();
            signIn(driver, base, who, "demo");
            assertThat(driver.findElements(By.id("insight-link"))).isEmpty();
            for (String page : new String[] {"/insight/indicators", "/insight/equality"}) {
                driver.get(base + page);
                assertThat(driver.getPageSource()).contains("You do not have access to this page");
                assertAccessible(driver);
            }
        }
    }

    private static byte[] download(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return response.body();
    }
}
