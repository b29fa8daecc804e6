package uk.openband.browser;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.directory.SettingDirectory;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.FundingFixtures;
import uk.openband.testsupport.BrowserSupport;

/**
 * The school reads its funding statement (and gets a clear message for a period not chosen properly);
 * finance finds another setting's statement and records a budget. axe checks every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingStatementBrowserTest {

    static WebDriver driver;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired FundingFixtures fixtures;
    @Autowired SettingDirectory settings;

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
    void the_school_reads_its_statement_and_finance_reads_another_and_sets_a_budget() {
        String base = "http://localhost:" + port;
        FundingFixtures f = fixtures;
        long brookfield = settings.findByUrn("100001").orElseThrow().id();
        long a = f.agreement(f.decided(), brookfield, "Band 3", of(2030, 5, 20), of(2030, 4, 1), of(2030, 6, 30));
        f.line(a, 1, of(2030, 4, 1), of(2030, 4, 30), "April 2030", "ARREARS", "455.00");
        f.line(a, 2, of(2030, 5, 1), of(2030, 6, 30), "May and June 2030", "REGULAR", "910.00");
        long other = f.newSetting(SettingCategory.SPECIAL, "Browser Special");
        String otherUrn = settings.find(other).orElseThrow().urn();

        signIn(driver, base, "senco", "demo");
        clickAndWait(driver, driver.findElement(By.id("statement-link")));
        assertThat(driver.getTitle()).isEqualTo("Funding statement – OpenBand");
        assertThat(driver.findElement(By.id("statement-heading")).getText()).contains("Brookfield");
        assertAccessible(driver);

        driver.findElement(By.id("kind-TERM")).click();
        clickAndWait(driver, driver.findElement(By.id("show")));
        assertThat(driver.getTitle()).isEqualTo("Error: Funding statement – OpenBand");
        assertThat(driver.findElement(By.id("term-error")).getText()).contains("Select the term you want to see");
        assertAccessible(driver);

        driver.get(base + "/funding/statements/" + brookfield + "?kind=FINANCIAL_YEAR&year=2030");
        assertThat(driver.findElement(By.id("pupil-count")).getText()).isNotEqualTo("0");
        assertThat(driver.findElement(By.id("statement")).getText()).contains("Back pay", "£455.00", "£910.00");
        assertAccessible(driver);
        driver.get(base + "/funding/statements/" + other);
        assertThat(driver.getTitle()).startsWith("Page not found");
        clickAndWait(driver, driver.findElement(By.id("sign-out")));

        signIn(driver, base, "finance", "demo");
        clickAndWait(driver, driver.findElement(By.id("statements-link")));
        assertAccessible(driver);
        driver.findElement(By.id("q")).sendKeys(otherUrn);
        clickAndWait(driver, driver.findElement(By.id("search")));
        clickAndWait(driver, driver.findElement(By.id("setting-" + otherUrn)));
        assertThat(driver.findElement(By.id("statement-heading")).getText()).contains("Browser Special");
        assertThat(driver.findElement(By.id("no-lines")).isDisplayed()).isTrue();
        assertAccessible(driver);

        driver.get(base + "/funding/budget?year=2092");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("edit-budget")));
        driver.findElement(By.id("special")).sendKeys("12.345");
        clickAndWait(driver, driver.findElement(By.id("save-budget")));
        assertThat(driver.findElement(By.id("special-error")).getText()).contains("no more than 2 decimal places");
        assertAccessible(driver);
        driver.findElement(By.id("special")).clear();
        driver.findElement(By.id("special")).sendKeys("250000");
        clickAndWait(driver, driver.findElement(By.id("save-budget")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("2092-93");
        assertThat(driver.findElement(By.id("summary-SPECIAL")).getText()).contains("£250,000.00", "Within budget");
        new Select(driver.findElement(By.id("year"))).selectByValue("2092");
        clickAndWait(driver, driver.findElement(By.id("show-year")));
        assertAccessible(driver);
    }
}
