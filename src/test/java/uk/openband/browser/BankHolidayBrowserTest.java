package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.testsupport.BrowserSupport;

/** An administrator keeps the bank holidays up to date, with an accessibility check of each page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BankHolidayBrowserTest {

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
    void admin_adds_a_holiday_after_an_error_and_removes_it() {
        String base = "http://localhost:" + port;
        signIn(driver, base, "admin", "demo");
        clickAndWait(driver, driver.findElement(By.id("bank-holidays-link")));
        assertThat(driver.getTitle()).isEqualTo("Bank holidays – OpenBand");
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.id("year-2027")));
        assertThat(driver.findElement(By.id("holidays")).getText()).contains("Tuesday 28 December 2027");

        // A weekend date is refused, naming the field.
        type("date-day", "26");
        type("date-month", "12");
        type("date-year", "2026");
        type("name", "Boxing Day");
        clickAndWait(driver, driver.findElement(By.id("add-holiday")));
        assertThat(driver.getTitle()).isEqualTo("Error: Bank holidays – OpenBand");
        assertThat(driver.findElement(By.id("date-error")).getText()).contains("Date must be a weekday");
        assertAccessible(driver);

        LocalDate day = weekdayIn2095();
        type("date-day", Integer.toString(day.getDayOfMonth()));
        type("date-month", Integer.toString(day.getMonthValue()));
        type("date-year", "2095");
        type("name", "Coronation");
        clickAndWait(driver, driver.findElement(By.id("add-holiday")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Coronation");
        assertThat(driver.findElement(By.id("holidays")).getText()).contains("Coronation");
        assertAccessible(driver);

        clickAndWait(driver, driver.findElement(By.id("remove-" + day)));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Bank holiday removed");
        assertThat(driver.findElements(By.id("remove-" + day))).isEmpty();
        assertAccessible(driver);
    }

    private static void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static LocalDate weekdayIn2095() {
        while (true) {
            LocalDate day = LocalDate.of(2095, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return day;
            }
        }
    }
}
