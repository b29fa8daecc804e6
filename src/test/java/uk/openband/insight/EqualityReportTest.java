package uk.openband.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.identity.Role;
import uk.openband.identity.SignedInUser;
import uk.openband.testsupport.Rfc4180;
import uk.openband.testsupport.WebTest;

/**
 * The equality table from a hand-made dataset of requests first submitted in May 2063 (a month nobody else's data
 * uses), by sex: 6 girls (5 awarded 1,000 to 5,000, 1 declined), 7 boys (all awarded 6,000, 5 overrides, 2
 * disputed) and 3 pupils whose sex is not known (awarded 3,000 each). The group of 3 is hidden, and so is the
 * girls' group, the next smallest, so that the 3 cannot be worked out from the total of 16.
 */
@WebTest
class EqualityReportTest {

    static final SignedInUser MANAGER = new SignedInUser(9511, "manager", "Manager", Role.SEND_MANAGER, null, null,
            true, true);
    static final InsightPeriod MAY = InsightPeriod.month(LocalDate.of(2063, 5, 1));

    @Autowired EqualityReport equality;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    static boolean loaded;

    @BeforeEach
    void dataset() {
        synchronized (EqualityReportTest.class) {
            if (!loaded) {
                loaded = true;
                load();
            }
        }
    }

    void load() {
        InsightData d = new InsightData(jdbc, "SPECIAL");
        String[] girls = {"1000.00", "2000.00", "3000.00", "4000.00", "5000.00", null};
        for (int i = 0; i < girls.length; i++) {
            long c = request(d, "F", "2063-05-0" + (i + 1));
            d.decision(c, "2063-05-20", true, girls[i] == null ? "DECLINE" : "AGREE_DIFFERENT",
                    girls[i] == null ? null : "2", girls[i], false, null, null);
        }
        for (int i = 0; i < 7; i++) {
            long c = request(d, "M", "2063-05-1" + i);
            d.decision(c, "2063-05-25", false, "AGREE_DIFFERENT", "4", "6000.00", i < 5, null, null);
            if (i < 2) {
                jdbc.update("UPDATE funding_case SET disputed_at = ?, dispute_reason = 'Insight test' WHERE id = ?",
                        Timestamp.from(InsightData.at("2063-06-10")), c);
            }
        }
        for (int i = 0; i < 3; i++) {
            long c = request(d, "U", "2063-05-2" + i);
            d.decision(c, "2063-05-30", true, "AGREE_INDICATED", "3", "3000.00", false, null, null);
        }
    }

    private long request(InsightData d, String sex, String day) {
        long pupil = d.pupil(sex, "WBRI", "ASD", LocalDate.of(2055, 10, 1), "NONE");
        return d.caseFor(pupil, day, day, LocalDate.parse(day).plusDays(7), LocalDate.parse(day).plusDays(42),
                "5459.00", false);
    }

    @Test
    void small_groups_are_hidden_with_the_next_smallest_and_the_council_figures_beside_them() {
        EqualityReport.Table t = equality.of(MAY, EqualityReport.By.SEX);
        assertThat(t.groups()).extracting(Suppression.Row::group).containsExactly("F", "M", "U");
        assertThat(t.groups().get(0)).isEqualTo(new Suppression.Row("F", "x", "x", "x", "x", "x", "x", "0", "x", "0", "x"));
        assertThat(t.groups().get(1)).isEqualTo(new Suppression.Row("M", "7", "7", "7", "100.0", "6000.00", "6000.00",
                "5", "71.4", "x", "x"));
        assertThat(t.groups().get(2)).isEqualTo(new Suppression.Row("U", "x", "x", "x", "x", "x", "x", "0", "x", "0", "x"));
        assertThat(t.council()).isEqualTo(new Suppression.Row(null, "16", "16", "15", "93.8", "4400.00", "5000.00",
                "5", "31.3", "x", "x"));
    }

    @Test
    void by_year_group_one_group_of_sixteen_is_shown_in_full() {
        // Born 1 October 2055: in the academic year 2062/63 the pupils are in year 2.
        EqualityReport.Table t = equality.of(MAY, EqualityReport.By.YEAR_GROUP);
        assertThat(t.groups()).singleElement().isEqualTo(new Suppression.Row("2", "16", "16", "15", "93.8", "4400.00",
                "5000.00", "5", "31.3", "x", "x"));
    }

    @Test
    void the_api_answers_a_hidden_count_as_the_string_x() throws Exception {
        mvc.perform(get("/api/v1/insight/equality?from=2063-05-01&to=2063-05-31&by=sex").with(user(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("sex"))
                .andExpect(jsonPath("$.groups[0].group").value("F"))
                .andExpect(jsonPath("$.groups[0].requests").value("x"))
                .andExpect(jsonPath("$.groups[0].overridden").value(0))
                .andExpect(jsonPath("$.groups[1].requests").value(7))
                .andExpect(jsonPath("$.groups[1].meanAward").value(6000.00))
                .andExpect(jsonPath("$.groups[1].disputed").value("x"))
                .andExpect(jsonPath("$.groups[2].requests").value("x"))
                .andExpect(jsonPath("$.council.requests").value(16))
                .andExpect(jsonPath("$.council.awardRate").value(93.8));
        mvc.perform(get("/api/v1/insight/equality?from=2063-05-01&to=2063-05-31&by=shoeSize").with(user(MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
    }

    @Test
    void the_page_and_its_csv_show_the_same_suppressed_table() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/insight/equality?period=month&date=2063-05-15&by=sex")
                .with(user(MANAGER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("group-U").text()).isEqualTo("Not known x x x x x x 0 x 0 x");
        assertThat(page.getElementById("group-M").text()).isEqualTo("Male 7 7 7 100.0 6000.00 6000.00 5 71.4 x x");
        assertThat(page.getElementById("group-council").text())
                .isEqualTo("All pupils (council-wide) 16 16 15 93.8 4400.00 5000.00 5 31.3 x x");
        assertThat(page.getElementById("how-to-read").text()).contains("not by itself evidence of bias");
        assertThat(page.select("#equality-chart[role=img]")).hasSize(1);
        String href = page.getElementById("equality-csv").attr("href");
        assertThat(href).isEqualTo("/insight/equality.csv?period=month&date=2063-05-15&by=sex");
        List<List<String>> rows = Rfc4180.parse(mvc.perform(get(href).with(user(MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3)).containsExactly("sex", "Not known", "2063-05-01", "2063-05-31", "x", "x", "x", "x", "x",
                "x", "0", "x", "0", "x");
        mvc.perform(get("/insight/equality").with(user(new SignedInUser(9512, "finance", "F", Role.FINANCE_OFFICER,
                null, null, true, true)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/equality").with(user(new SignedInUser(9513, "senco", "S", Role.SENCO,
                1L, null, true, true)))).andExpect(status().isForbidden());
    }
}
