package uk.openband.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.testsupport.BrowserSupport.assertAccessible;
import static uk.openband.testsupport.BrowserSupport.clickAndWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Steps the browser journeys share: signing in as a demo user, the SENCO's pupil form and matrix,
 * the officer's queue, planning a panel meeting and opening a case on its agenda. Each step that
 * shows a page checks it with axe, so a journey built from them checks every page it visits.
 */
public final class Journeys {

    /** The matrix areas in the order the task list walks them, each with its domains. */
    public static final Map<String, List<String>> AREAS = Map.of("CL", List.of("CL1", "CL2"), "CI", List.of("CI1", "CI2"),
            "SEMH", List.of("SEMH1", "SEMH2"), "SP", List.of("SP1", "SP2", "SP3"), "IS", List.of("IS1", "IS2"),
            "SB", List.of("SB1"));
    public static final List<String> AREA_ORDER = List.of("CL", "CI", "SEMH", "SP", "IS", "SB");

    private Journeys() {
    }

    /** Signs out whoever was signed in (by dropping the session) and signs in a demo user. */
    public static void signInAs(WebDriver driver, String base, String username) {
        driver.manage().deleteAllCookies();
        BrowserSupport.signIn(driver, base, username, "demo");
    }

    /** Fills the add-pupil form (a Year 5 pupil, autism as the primary need, no EHC plan) without saving it. */
    public static void fillPupilForm(WebDriver driver, String upn, String firstName, String lastName) {
        type(driver, "upn", upn);
        type(driver, "firstName", firstName);
        type(driver, "lastName", lastName);
        type(driver, "dateOfBirth-day", "9");
        type(driver, "dateOfBirth-month", "11");
        type(driver, "dateOfBirth-year", "2016");
        driver.findElement(By.cssSelector("input[name=sex][value=M]")).click();
        new Select(driver.findElement(By.id("ethnicity"))).selectByValue("BAFR");
        new Select(driver.findElement(By.id("primaryNeed"))).selectByValue("ASD");
        driver.findElement(By.cssSelector("input[name=ehcStatus][value=NONE]")).click();
    }

    /**
     * On an area page of the matrix, chooses each domain's level (evidence typed for level 2 and
     * above) and continues; {@code levels} gives a level for every domain of the area.
     */
    public static void chooseLevels(WebDriver driver, String area, Map<String, Integer> levels) {
        for (String domain : AREAS.get(area)) {
            int level = levels.get(domain);
            driver.findElement(By.id(level == 0 ? domain : domain + "-" + level)).click();
            if (level >= 2) {
                WebElement evidence = driver.findElement(By.id(domain + "-evidence"));
                if (evidence.getAttribute("value").isBlank()) {
                    evidence.sendKeys("Needs adult support at every transition.");
                }
            }
        }
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.id("continue")));
    }

    /** On "Start date, provision and declaration": a start date, one line of provision, and (optionally) consent. */
    public static void enterStartDateAndProvision(WebDriver driver, LocalDate start, boolean consulted) {
        assertThat(driver.getTitle()).startsWith("Start date, provision and declaration");
        assertAccessible(driver);
        type(driver, "requestedStartDate-day", Integer.toString(start.getDayOfMonth()));
        type(driver, "requestedStartDate-month", Integer.toString(start.getMonthValue()));
        type(driver, "requestedStartDate-year", Integer.toString(start.getYear()));
        type(driver, "lines0-supportType", "Teaching assistant, 1:1 in literacy");
        type(driver, "lines0-hours", "10");
        type(driver, "lines0-cost", "185.00");
        if (consulted) {
            driver.findElement(By.id("consulted")).click();
        }
        clickAndWait(driver, driver.findElement(By.id("continue")));
    }

    /** From any page: the officer's queue filtered to one state, newest first, then the case with this reference. */
    public static void openCaseFromQueue(WebDriver driver, String reference, String state) {
        clickAndWait(driver, driver.findElement(By.linkText("Cases")));
        assertAccessible(driver);
        new Select(driver.findElement(By.id("state"))).selectByValue(state);
        new Select(driver.findElement(By.id("sort"))).selectByValue("NEWEST");
        clickAndWait(driver, driver.findElement(By.id("apply-filters")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText(reference)));
        assertThat(driver.getTitle()).startsWith("Case " + reference);
    }

    /**
     * From the panel meetings page: plans a meeting on {@code date} with this chair (by name) and
     * further members (by username); returns the meeting's path ({@code /panels/<id>}).
     */
    public static String planMeeting(WebDriver driver, LocalDate date, String chairName, List<String> members) {
        clickAndWait(driver, driver.findElement(By.id("new-meeting")));
        assertAccessible(driver);
        type(driver, "date-day", Integer.toString(date.getDayOfMonth()));
        type(driver, "date-month", Integer.toString(date.getMonthValue()));
        type(driver, "date-year", Integer.toString(date.getYear()));
        new Select(driver.findElement(By.id("chair"))).selectByVisibleText(chairName);
        for (String member : members) {
            driver.findElement(By.id("members-" + member)).click();
        }
        clickAndWait(driver, driver.findElement(By.id("create")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Panel meeting on");
        assertAccessible(driver);
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** From any page: Panels, then the meeting at {@code meetingPath}, then the agenda case with this reference. */
    public static void openAgendaCase(WebDriver driver, String meetingPath, String reference) {
        clickAndWait(driver, driver.findElement(By.linkText("Panels")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.cssSelector("#meetings a[href='" + meetingPath + "']")));
        assertAccessible(driver);
        clickAndWait(driver, driver.findElement(By.linkText(reference)));
        assertAccessible(driver);
    }

    /** Fetches a link's target with the browser's session cookie (for files the browser would download). */
    public static HttpResponse<byte[]> fetchWithSession(WebDriver driver, String url) {
        Cookie session = driver.manage().getCookies().stream().filter(c -> c.getName().toUpperCase().contains("SESSION"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in the browser"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
