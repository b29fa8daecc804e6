package uk.openband.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.audit.AuditLog;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class BankHolidayAdminTest {

    static final SignedInUser ADMIN = new SignedInUser(1, "admin", "Morgan Hughes", Role.ADMIN, null, null, true, true);
    static final SignedInUser OFFICER = new SignedInUser(2, "officer", "Alex Reed", Role.CASE_OFFICER, null, null, true,
            true);

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    AuditLog audit;

    @Test
    void the_seeded_list_has_the_substitute_days() throws Exception {
        Document page = Pages.parse(mvc.perform(get("/admin/bank-holidays").param("year", "2027").with(user(ADMIN)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Bank holidays");
        assertThat(page.select("#holidays tbody tr")).hasSize(8);
        assertThat(page.select("#holidays").text())
                .contains("Monday 27 December 2027 Christmas Day (substitute day)")
                .contains("Tuesday 28 December 2027 Boxing Day (substitute day)");
        assertThat(page.select("#years a").eachText()).contains("2024", "2028");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 1, 4))).isTrue();
    }

    @Test
    void a_year_with_none_says_so() throws Exception {
        Document page = Pages.parse(mvc.perform(get("/admin/bank-holidays").param("year", "1999").with(user(ADMIN)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("no-holidays").text()).isEqualTo("No bank holidays are listed for 1999.");
    }

    @Test
    void an_empty_form_names_both_fields() throws Exception {
        Document page = Pages.parse(mvc.perform(post("/admin/bank-holidays").with(user(ADMIN)).with(csrf())
                .param("date-day", "").param("date-month", "").param("date-year", "").param("name", " "))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "date", "Enter the date of the bank holiday");
        Pages.assertFieldError(page, "name", "Enter the name of the bank holiday");
    }

    @Test
    void a_date_that_is_not_real_is_refused() throws Exception {
        Document page = Pages.parse(mvc.perform(post("/admin/bank-holidays").with(user(ADMIN)).with(csrf())
                .param("date-day", "30").param("date-month", "2").param("date-year", "2029").param("name", "Extra day"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(page, "date", "Date must be a real date, like 3 1 2028");
        assertThat(page.getElementById("date-day").val()).isEqualTo("30");
        assertThat(page.getElementById("name").val()).isEqualTo("Extra day");
    }

    @Test
    void a_weekend_or_an_already_listed_date_is_refused() throws Exception {
        Document weekend = Pages.parse(mvc.perform(post("/admin/bank-holidays").with(user(ADMIN)).with(csrf())
                .param("date-day", "26").param("date-month", "12").param("date-year", "2026").param("name", "Boxing Day"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(weekend, "date",
                "Date must be a weekday: when a bank holiday falls on a weekend, enter the substitute weekday");
        Document duplicate = Pages.parse(mvc.perform(post("/admin/bank-holidays").with(user(ADMIN)).with(csrf())
                .param("date-day", "25").param("date-month", "12").param("date-year", "2026").param("name", "Christmas"))
                .andExpect(status().isOk()).andReturn());
        Pages.assertFieldError(duplicate, "date", "A bank holiday is already listed on that date");
    }

    @Test
    void an_admin_adds_and_removes_a_holiday_and_working_days_follow() throws Exception {
        LocalDate day = unusedWeekday();
        assertThat(workingDays.isWorkingDay(day)).isTrue();

        mvc.perform(post("/admin/bank-holidays").with(user(ADMIN)).with(csrf())
                        .param("date-day", Integer.toString(day.getDayOfMonth()))
                        .param("date-month", Integer.toString(day.getMonthValue()))
                        .param("date-year", Integer.toString(day.getYear())).param("name", "  Royal wedding  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/bank-holidays?year=" + day.getYear()))
                .andExpect(flash().attribute("banner", org.hamcrest.Matchers.endsWith(", Royal wedding")));
        assertThat(workingDays.isWorkingDay(day)).isFalse();
        assertThat(workingDays.plusWorkingDays(day.minusDays(1), 1)).isAfter(day);
        Document page = Pages.parse(mvc.perform(get("/admin/bank-holidays").param("year", Integer.toString(day.getYear()))
                .with(user(ADMIN))).andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("remove-" + day)).isNotNull();
        assertThat(audit.eventsAbout("BANK_HOLIDAY", day.toString()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("BANK_HOLIDAY_ADDED"));

        mvc.perform(post("/admin/bank-holidays/" + day + "/remove").with(user(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/bank-holidays?year=" + day.getYear()));
        assertThat(workingDays.isWorkingDay(day)).isTrue();
        assertThat(audit.eventsAbout("BANK_HOLIDAY", day.toString()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("BANK_HOLIDAY_REMOVED"));

        mvc.perform(post("/admin/bank-holidays/" + day + "/remove").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_administrators_see_or_change_the_list() throws Exception {
        mvc.perform(get("/admin/bank-holidays").with(user(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/bank-holidays/2026-12-25/remove").with(user(OFFICER)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    }

    /** A weekday far in the future that no other run has left listed. */
    private LocalDate unusedWeekday() {
        while (true) {
            LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && workingDays.isWorkingDay(day)) {
                return day;
            }
        }
    }
}
