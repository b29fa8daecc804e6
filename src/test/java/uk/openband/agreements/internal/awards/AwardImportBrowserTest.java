package uk.openband.agreements.internal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.agreements.FundingFixtures;
import uk.openband.common.Money;
import uk.openband.common.SettingCategory;
import uk.openband.directory.SettingDirectory;
import uk.openband.testsupport.BrowserSupport;
import uk.openband.testsupport.MutableClock;

/**
 * Going live: a finance officer imports a 50-row file of existing awards. The first upload has three bad rows,
 * each named; the fixed file is previewed and confirmed; the awards are then in the setting's statement, the next
 * export batch and the budget; uploading the same file again changes nothing. Axe runs on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AwardImportBrowserTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2027, 8, 31);

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired FundingFixtures fixtures;
    @Autowired SettingDirectory settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @TempDir
    Path dir;

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
    void fifty_awards_are_imported_after_three_bad_rows_are_fixed_and_are_paid_like_any_other() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 3));
        long settingId = fixtures.newSetting(SettingCategory.MAINSTREAM, "Going Live Primary");
        String urn = settings.find(settingId).orElseThrow().urn();
        AwardFiles bad = new AwardFiles();
        AwardFiles good = new AwardFiles();
        for (int n = 1; n <= 50; n++) {
            String upn = AwardFiles.newUpn();
            good.award(n, upn, urn, "EHCP", "3", "5459.00", START, END);
            switch (n) {
                case 10 -> bad.award(n, upn, urn, "EHCP", "9", "5459.00", START, END);
                case 20 -> bad.award(n, upn, urn, "NOPE", "3", "5459.00", START, END);
                case 30 -> bad.award(n, upn, urn, "EHCP", "3", "lots", START, END);
                default -> bad.award(n, upn, urn, "EHCP", "3", "5459.00", START, END);
            }
        }
        Path badFile = Files.write(dir.resolve("awards-with-problems.csv"), bad.bytes());
        Path goodFile = Files.write(dir.resolve("awards.csv"), good.bytes());
        String base = "http://localhost:" + port;
        signIn(driver, base, "finance", "demo");
        driver.get(base + "/funding/budget");
        assertAccessible(driver);
        BigDecimal committedBefore = money(driver.findElement(By.cssSelector("#summary-MAINSTREAM .ob-committed"))
                .getText());

        // Three bad rows: nothing imported, each named by line and column.
        driver.get(base + "/funding/payment-settings");
        clickAndWait(driver, driver.findElement(By.id("import-awards")));
        assertThat(driver.getTitle()).isEqualTo("Import existing awards – OpenBand");
        assertAccessible(driver);
        upload(badFile);
        assertThat(driver.getTitle()).isEqualTo("Error: Import existing awards – OpenBand");
        assertAccessible(driver);
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The file has 3 rows with problems");
        List<String> problems = driver.findElements(By.cssSelector("#import-problems tbody tr")).stream()
                .map(r -> r.getText()).toList();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("11 Band");
        assertThat(problems.get(1)).startsWith("21 Route");
        assertThat(problems.get(2)).startsWith("31 AnnualAmount");
        assertThat(count(good)).isZero();

        // The fixed file: preview, then confirm.
        upload(goodFile);
        assertThat(driver.getTitle()).isEqualTo("Check the awards before you import them – OpenBand");
        assertAccessible(driver);
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Awards to import")
                .contains("£272,950.00");
        assertThat(driver.findElement(By.id("by-setting")).getText()).contains("Going Live Primary (" + urn + ") 50");
        assertThat(driver.findElement(By.id("by-band")).getText()).contains("3 50");
        assertThat(driver.findElement(By.id("by-route")).getText()).contains("EHCP top-up (EHCP) 50");
        assertThat(count(good)).isZero();
        clickAndWait(driver, driver.findElement(By.id("confirm")));
        assertAccessible(driver);
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("50 awards imported");
        assertThat(count(good)).isEqualTo(50);

        // The setting's statement for the financial year holds every award's lines.
        BigDecimal due = jdbc.queryForObject("SELECT sum(l.amount) FROM funding_payment_line l JOIN funding_agreement a "
                + "ON a.id = l.agreement_id WHERE a.setting_id = ? AND greatest(l.period_from, a.decision_date) "
                + "BETWEEN '2026-04-01' AND '2027-03-31'", BigDecimal.class, settingId);
        assertThat(due).isPositive();
        driver.get(base + "/funding/statements/" + settingId);
        assertAccessible(driver);
        assertThat(driver.findElement(By.id("statement-total")).getText()).isEqualTo(Money.format(due));
        String someAgreement = jdbc.queryForObject("SELECT reference FROM funding_agreement WHERE old_reference = ?",
                String.class, good.reference(25));
        assertThat(driver.findElement(By.id("statement")).getText()).contains(someAgreement);

        // The budget commits them.
        driver.get(base + "/funding/budget");
        assertAccessible(driver);
        BigDecimal committedAfter = money(driver.findElement(By.cssSelector("#summary-MAINSTREAM .ob-committed"))
                .getText());
        assertThat(committedAfter.subtract(committedBefore)).isEqualByComparingTo(due);

        // The next export batch (December 2026, when OpenBand starts paying) pays them.
        clickAndWait(driver, driver.findElement(By.linkText("Finance exports")));
        driver.findElement(By.id("period")).clear();
        driver.findElement(By.id("period")).sendKeys("2026-12");
        driver.findElement(By.id("kind-FULL")).click();
        clickAndWait(driver, driver.findElement(By.id("make-batch")));
        if (!driver.findElements(By.id("confirmRepeat")).isEmpty()) {
            driver.findElement(By.id("confirmRepeat")).click();
            clickAndWait(driver, driver.findElement(By.id("make-batch")));
        }
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            if (d.findElements(By.id("download-csv")).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        assertAccessible(driver);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT e.agreement_id) FROM funding_export_line e "
                + "JOIN funding_agreement a ON a.id = e.agreement_id WHERE a.setting_id = ? AND e.batch_id = "
                + "(SELECT max(id) FROM funding_export_batch)", Long.class, settingId)).isEqualTo(50);
        assertThat(jdbc.queryForObject("SELECT DISTINCT e.decision_reference FROM funding_export_line e "
                + "JOIN funding_agreement a ON a.id = e.agreement_id WHERE a.old_reference = ?", String.class,
                good.reference(25))).isEqualTo(good.reference(25));

        // The same file again changes nothing, and says so.
        driver.get(base + "/admin/imports/awards");
        upload(goodFile);
        assertAccessible(driver);
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Importing it again changes nothing");
        assertThat(driver.findElements(By.id("confirm"))).isEmpty();
        assertThat(count(good)).isEqualTo(50);
        clickAndWait(driver, driver.findElement(By.id("sign-out")));
    }

    private void upload(Path file) {
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        type("paymentsFrom-day", "1");
        type("paymentsFrom-month", "12");
        type("paymentsFrom-year", "2026");
        clickAndWait(driver, driver.findElement(By.id("check")));
    }

    private long count(AwardFiles file) {
        return jdbc.queryForObject("SELECT count(*) FROM funding_agreement WHERE old_reference LIKE ?", Long.class,
                file.reference(0).replace("-0", "-%"));
    }

    private static void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text.replace("£", "").replace(",", "").strip());
    }
}
