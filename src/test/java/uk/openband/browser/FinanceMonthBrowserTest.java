package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.openband.agreements.FundingFixtures;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.testsupport.BrowserSupport;
import uk.openband.testsupport.Rfc4180;

/**
 * Issue 6's journey: a finance officer issues a month's batch and downloads it as CSV and XLSX; the
 * files, the batch's control total and the setting's statement all agree with the agreements' payment
 * lines due in the month; a SENCO sees their own setting's statement and not another's. Axe runs on
 * every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FinanceMonthBrowserTest {

    private static final Pattern SHA = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final String DUE_IN_MONTH = "greatest(l.period_from, a.decision_date) BETWEEN ? AND ?";

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired FundingFixtures fixtures;

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
    void finance_exports_a_month_and_the_statement_agrees_while_a_senco_sees_only_their_own() throws Exception {
        // A real decision for a Brookfield pupil: its agreement and payment lines are made by the funding module.
        FundingFixtures.Decided decided = fixtures.decided();
        long agreement = fixtures.agreementOf(decided);
        // The month in which the agreement's second line falls due (the first is the part period of the decision).
        LocalDate due = jdbc.queryForObject("SELECT greatest(l.period_from, a.decision_date) FROM funding_payment_line l "
                + "JOIN funding_agreement a ON a.id = l.agreement_id WHERE a.id = ? ORDER BY l.line_no OFFSET 1 LIMIT 1",
                LocalDate.class, agreement);
        YearMonth month = YearMonth.from(due);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        long brookfield = jdbc.queryForObject("SELECT setting_id FROM funding_agreement WHERE id = ?", Long.class,
                agreement);
        String brookfieldUrn = jdbc.queryForObject("SELECT urn FROM setting WHERE id = ?", String.class, brookfield);
        long hillside = jdbc.queryForObject("SELECT id FROM setting WHERE urn = '100002'", Long.class);
        BigDecimal allLines = jdbc.queryForObject("SELECT coalesce(sum(l.amount), 0) FROM funding_payment_line l "
                + "JOIN funding_agreement a ON a.id = l.agreement_id WHERE " + DUE_IN_MONTH, BigDecimal.class, from, to);
        BigDecimal schoolLines = jdbc.queryForObject("SELECT coalesce(sum(l.amount), 0) FROM funding_payment_line l "
                + "JOIN funding_agreement a ON a.id = l.agreement_id WHERE a.setting_id = ? AND " + DUE_IN_MONTH,
                BigDecimal.class, brookfield, from, to);
        assertThat(schoolLines).isPositive();
        String base = "http://localhost:" + port;

        // The finance officer issues the month's batch.
        signIn(driver, base, "finance", "demo");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText("Finance exports")));
        assertAccessible(driver);
        driver.findElement(By.id("period")).clear();
        driver.findElement(By.id("period")).sendKeys(month.toString());
        driver.findElement(By.id("kind-FULL")).click();
        clickAndWait(driver, driver.findElement(By.id("make-batch")));
        if (!driver.findElements(By.id("confirmRepeat")).isEmpty()) {
            // another test issued a batch for this month first: paying again must be confirmed
            assertAccessible(driver);
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
        String summary = driver.findElement(By.id("summary")).getText();
        assertThat(summary).contains("Issued").contains(money(allLines));
        Matcher shas = SHA.matcher(summary);
        assertThat(shas.find()).isTrue();
        String csvSha = shas.group();
        assertThat(shas.find()).isTrue();
        String xlsxSha = shas.group();

        // Both files, downloaded in the finance officer's session, are the files the checksums name.
        byte[] csv = download(driver.findElement(By.id("download-csv")).getAttribute("href"));
        byte[] xlsx = download(driver.findElement(By.id("download-xlsx")).getAttribute("href"));
        assertThat(sha256(csv)).isEqualTo(csvSha);
        assertThat(sha256(xlsx)).isEqualTo(xlsxSha);

        List<List<String>> rows = Rfc4180.parse(new String(csv, StandardCharsets.UTF_8));
        assertThat(rows.get(0).get(9)).isEqualTo("Amount");
        rows = rows.subList(1, rows.size());
        assertThat(rows.stream().map(r -> new BigDecimal(r.get(9))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(allLines);
        BigDecimal schoolInCsv = rows.stream().filter(r -> r.get(2).equals(brookfieldUrn)).map(r -> new BigDecimal(r.get(9)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(schoolInCsv).isEqualByComparingTo(schoolLines);
        assertThat(rows).anyMatch(r -> r.get(12).equals(fixtures.reference(agreement)));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Payments");
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(BigDecimal.valueOf(totals.getCell(9).getNumericCellValue()))
                    .isEqualByComparingTo(allLines);
            BigDecimal schoolInXlsx = BigDecimal.ZERO;
            for (int i = 1; i < sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row.getCell(2).getStringCellValue().equals(brookfieldUrn)) {
                    schoolInXlsx = schoolInXlsx.add(BigDecimal.valueOf(row.getCell(9).getNumericCellValue()));
                }
            }
            assertThat(schoolInXlsx).isEqualByComparingTo(schoolLines);
        }

        // The school's statement for the same month adds up to the same lines.
        clickAndWait(driver, driver.findElement(By.linkText("Funding statement")));
        assertAccessible(driver);
        driver.findElement(By.id("q")).sendKeys(brookfieldUrn);
        clickAndWait(driver, driver.findElement(By.id("search")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("setting-" + brookfieldUrn)));
        assertAccessible(driver);
        driver.findElement(By.id("kind-MONTH")).click();
        new Select(driver.findElement(By.id("year")))
                .selectByValue(Integer.toString(FinancialYear.containing(from).startYear()));
        new Select(driver.findElement(By.id("month"))).selectByValue(Integer.toString(month.getMonthValue()));
        clickAndWait(driver, driver.findElement(By.id("show")));
        assertAccessible(driver);
        assertThat(driver.findElement(By.id("statement-heading")).getText()).contains(month.getYear() + "");
        assertThat(driver.findElement(By.id("statement-total")).getText()).isEqualTo(money(schoolLines));
        assertThat(driver.findElement(By.id("statement")).getText()).contains(fixtures.reference(agreement));
        // From the statement to the pupil's funding page: each line says which batch paid it.
        clickAndWait(driver, driver.findElement(By.id("funding-" + decided.pupilId())));
        assertAccessible(driver);
        assertThat(driver.findElement(By.id("agreement-" + agreement)).getText()).contains("EXP-");
        clickAndWait(driver, driver.findElement(By.id("sign-out")));

        // The SENCO sees their own setting's statement, and another setting's is not there for them.
        signIn(driver, base, "senco", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Funding statement")));
        assertAccessible(driver);
        assertThat(driver.findElement(By.id("statement-heading")).getText()).contains("Brookfield");
        driver.get(base + "/funding/statements/" + hillside);
        assertThat(driver.getTitle()).startsWith("Page not found");
        assertAccessible(driver);
        driver.get(base + "/funding/statements/" + hillside + "/csv?kind=MONTH&year="
                + FinancialYear.containing(from).startYear() + "&month=" + month.getMonthValue());
        assertThat(driver.getTitle()).startsWith("Page not found");
        clickAndWait(driver, driver.findElement(By.id("sign-out")));
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.UK, "£%,.2f", amount);
    }

    private static byte[] download(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
