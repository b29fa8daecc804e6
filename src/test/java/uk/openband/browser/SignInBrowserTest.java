package uk.openband.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;
import static uk.openband.testsupport.BrowserSupport.screenshot;
import static uk.openband.testsupport.BrowserSupport.signIn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.openband.testsupport.BrowserSupport;

/** Signing in and out in a real browser, with an accessibility check of every page visited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTest {

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
    void signOutIfSignedIn() {
        driver.manage().deleteAllCookies();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void senco_signs_in_sees_their_home_page_and_signs_out() {
        driver.get(base() + "/");
        assertThat(driver.getTitle()).isEqualTo("Top-up funding for children with SEND – OpenBand");
        assertAccessible(driver);
        assertFontsLoaded();

        signIn(driver, base(), "senco", "demo");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Sam Patel");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Brookfield Primary School").contains("SENCO");
        assertThat(driver.findElements(By.linkText("Users"))).as("a SENCO has no admin navigation").isEmpty();
        assertAccessible(driver);
        screenshot(driver, "home-senco");

        clickAndWait(driver, driver.findElement(By.id("sign-out")));
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in?signedOut");
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("You have signed out");
        assertAccessible(driver);

        driver.get(base() + "/admin/users");
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in");
    }

    @Test
    void a_failed_sign_in_shows_the_govuk_error_summary() {
        driver.get(base() + "/sign-in");
        assertAccessible(driver);
        signIn(driver, base(), "senco", "not-the-password");
        assertThat(driver.getTitle()).isEqualTo("Error: Sign in – OpenBand");
        var summary = driver.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem").contains("Enter a correct username and password");
        assertThat(driver.switchTo().activeElement().getAttribute("class")).as("focus moves to the summary")
                .contains("govuk-error-summary");
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("senco");
        assertAccessible(driver);
        screenshot(driver, "sign-in-error");

        summary.findElement(By.linkText("Enter a correct username and password")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
    }

    @Test
    void a_senco_gets_the_no_access_page_for_admin_pages_and_not_found_for_nonsense() {
        signIn(driver, base(), "senco2", "demo");
        driver.get(base() + "/admin/users");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        assertAccessible(driver);
        driver.get(base() + "/no-such-page");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertAccessible(driver);
    }

    @Test
    void admin_creates_a_user_after_fixing_the_errors() {
        signIn(driver, base(), "admin", "demo");
        clickAndWait(driver, driver.findElement(By.linkText("Users")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("create-user")));
        assertAccessible(driver);
        driver.findElement(By.cssSelector("input[name=role][value=SENCO]")).click();
        assertThat(driver.findElement(By.id("settingId")).isDisplayed()).as("setting revealed for a SENCO").isTrue();
        clickAndWait(driver, driver.findElement(By.id("create")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertAccessible(driver);
        screenshot(driver, "admin-create-user-errors");

        String username = "browser" + System.nanoTime() % 100000;
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("displayName")).sendKeys("Robin Browser");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("settingId")))
                .selectByVisibleText("Oakwood School");
        driver.findElement(By.id("password")).sendKeys("a sufficiently long password");
        clickAndWait(driver, driver.findElement(By.id("create")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("User " + username + " created");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Oakwood School");
        assertAccessible(driver);
    }

    @Test
    void the_information_pages_are_accessible() {
        for (String path : List.of("/accessibility", "/privacy")) {
            driver.get(base() + path);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertAccessible(driver);
        }
    }

    /** GOV.UK Frontend's stylesheet asks for its fonts under /assets: they must load, not 404. */
    @SuppressWarnings("unchecked")
    void assertFontsLoaded() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) js.executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/assets/fonts/'))"
                        + ".map(e => ({name: e.name, status: e.responseStatus}));");
        assertThat(fonts).as("font requests").isNotEmpty();
        assertThat(fonts).allSatisfy(f -> assertThat(((Number) f.get("status")).intValue()).as(f.get("name").toString())
                .isEqualTo(200));
    }
}
