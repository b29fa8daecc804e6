package uk.openband.finance;

import uk.openband.agreements.AgreementFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.common.SettingCategory;
import uk.openband.agreements.AgreementFixtures.Agreement;
import uk.openband.testsupport.BrowserSupport;

/** A finance officer sets cost codes, makes a batch after an error and sees it issued, with axe on every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FinanceExportBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired AgreementFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

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
    void finance_officer_sets_cost_codes_and_makes_a_batch() {
        // last month: a recent, real period (other tests may pay in it too)
        java.time.YearMonth month = java.time.YearMonth.now(clock).minusMonths(1);
        String label = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + month.getYear();
        Agreement a = fixtures.agreement("Band 2", "1200.00", month.atDay(1), month.atEndOfMonth(),
                month.minusMonths(1).atDay(1));
        fixtures.line(a, 1, month.atDay(1), month.atEndOfMonth(), "REGULAR", "100.00");
        String base = "http://localhost:" + port;
        signIn(driver, base, "finance", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Finance exports")));
        assertThat(driver.getTitle()).isEqualTo("Finance exports – OpenBand");
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.id("cost-codes-link")));
        for (SettingCategory c : SettingCategory.values()) {
            type("costCentre-" + c.name(), "HN" + c.ordinal());
            type("accountCode-" + c.name(), c == SettingCategory.SPECIAL ? "" : "41" + c.ordinal());
        }
        clickAndWait(driver, driver.findElement(By.id("save-codes")));
        assertThat(driver.getTitle()).isEqualTo("Error: Cost codes – OpenBand");
        assertThat(driver.findElement(By.id("accountCode-SPECIAL-error")).getText())
                .contains("Enter the account code for special school");
        assertAccessible(driver);
        type("accountCode-SPECIAL", "412");
        clickAndWait(driver, driver.findElement(By.id("save-codes")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Cost codes saved");
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.linkText("Finance exports")));
        type("period", label);
        driver.findElement(By.id("kind-FULL")).click();
        clickAndWait(driver, driver.findElement(By.id("make-batch")));
        assertThat(driver.getTitle()).isEqualTo("Error: Finance exports – OpenBand");
        assertThat(driver.findElement(By.id("period-error")).getText()).contains("Enter the period as a month");
        assertAccessible(driver);

        type("period", month.toString());
        driver.findElement(By.id("kind-FULL")).click();
        clickAndWait(driver, driver.findElement(By.id("make-batch")));
        if (!driver.findElements(By.id("confirmRepeat")).isEmpty()) {
            // another test issued a batch covering the month first: the repeat must be confirmed
            assertAccessible(driver);
            driver.findElement(By.id("confirmRepeat")).click();
            clickAndWait(driver, driver.findElement(By.id("make-batch")));
        }
        assertThat(driver.getTitle()).startsWith("Export batch EXP-");
        assertAccessible(driver);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("download-csv")).isEmpty());
        assertThat(driver.findElement(By.id("summary")).getText()).contains(label + " (" + month + ")").contains("Issued");
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.className("govuk-back-link")));
        assertThat(driver.findElement(By.id("batches")).getText()).contains(label);
        assertAccessible(driver);
    }

    private static void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }
}
