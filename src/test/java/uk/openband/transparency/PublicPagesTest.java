package uk.openband.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

/** The transparency pages, read without signing in, against the published demo framework and tariffs. */
@WebTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    Document page(String url) throws Exception {
        return Pages.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void the_matrix_shows_every_area_domain_level_and_descriptor_with_weights_in_words() throws Exception {
        Document matrix = page("/matrix");
        assertThat(matrix.select("h1").text()).isEqualTo("Demo high needs matrix");
        assertThat(matrix.select("section.ob-area")).hasSizeGreaterThanOrEqualTo(6);
        Element cl = matrix.getElementById("area-CL");
        assertThat(cl.text()).contains("Points in this area are multiplied by 4, and the area scores at most 16.");
        assertThat(cl.select("table.govuk-table")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cl.select("table").first().select("tbody tr")).hasSize(5);
        assertThat(matrix.text()).contains("but its points do not count towards funding");
        assertThat(matrix.text()).contains("Written evidence is needed for every domain at level 2 or above.");
    }

    @Test
    void the_tariffs_compare_this_year_with_last_year() throws Exception {
        Document tariffs = page("/tariffs");
        assertThat(tariffs.text()).contains("version 2026-27").contains("Each band is compared with version 2025-26.");
        Element mainstream = tariffs.getElementById("tariff-MAINSTREAM");
        assertThat(mainstream.select("thead th").eachText()).contains("Annual 2026-27", "Annual 2025-26", "Change");
        assertThat(tariffs.getElementById("tariff-SPECIAL")).isNotNull();
        assertThat(tariffs.getElementById("tariff-RESOURCED_PROVISION")).isNotNull();
        assertThat(mainstream.select("tbody tr").get(1).text()).contains("+£").contains("%");
    }

    @Test
    void an_earlier_tariff_can_be_shown_on_its_own() throws Exception {
        Document tariffs = page("/tariffs?version=2025-26");
        assertThat(tariffs.text()).contains("version 2025-26").doesNotContain("Each band is compared with");
        mvc.perform(get("/tariffs?version=1999-00")).andExpect(status().isNotFound());
    }

    @Test
    void the_history_lists_published_versions_and_links_consecutive_ones_for_comparison() throws Exception {
        Document history = page("/matrix/history");
        assertThat(history.getElementById("framework-history").text()).contains("2025-26.1");
        Element tariffs = history.getElementById("tariff-history");
        assertThat(tariffs.text()).contains("2026-27").contains("2025-26");
        String compare = tariffs.selectFirst("a:contains(Compare with 2025-26)").attr("href");
        Document diff = page(compare);
        assertThat(diff.select("h1").text()).isEqualTo("What changed from 2025-26 to 2026-27");
        assertThat(diff.select("#changes tbody tr")).isNotEmpty();
        assertThat(diff.select("#changes .govuk-tag").eachText()).contains("Changed");
    }

    @Test
    void comparing_a_version_that_is_not_published_is_not_found() throws Exception {
        mvc.perform(get("/matrix/history/compare?key=demo-high-needs-matrix&from=2025-26.1&to=nope"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_calculator_works_without_javascript_and_shows_the_trace() throws Exception {
        Document calc = page("/calculator?category=MAINSTREAM&CL1=3&CL2=4&calculate=yes");
        assertThat(calc.getElementById("result-total").text()).isEqualTo("16");
        assertThat(calc.getElementById("result-band").text()).isEqualTo("2");
        assertThat(calc.getElementById("result-amount").text()).isEqualTo("£3,090.00");
        assertThat(calc.select("#result-trace li").eachText()).anySatisfy(line ->
                assertThat(line).contains("capped at 16"));
        assertThat(calc.getElementById("CL1-3").hasAttr("checked")).isTrue();
        assertThat(calc.getElementById("category").hasAttr("checked")).isTrue();
    }

    @Test
    void the_calculator_names_what_is_missing_or_wrong() throws Exception {
        Document calc = page("/calculator?CL1=9&calculate=yes");
        assertThat(calc.title()).startsWith("Error: ");
        assertThat(calc.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#category", "#CL1");
        assertThat(calc.getElementById("CL1-error").text()).startsWith("Error: Choose a level from 0 to 4 for");
        assertThat(calc.getElementById("category-error").text()).isEqualTo("Error: Choose the kind of setting");
        assertThat(calc.getElementById("result-empty").hasAttr("hidden")).isFalse();
    }

    @Test
    void an_exceptional_total_has_no_amount() throws Exception {
        StringBuilder url = new StringBuilder("/calculator?category=MAINSTREAM&calculate=yes");
        for (String code : new String[] {"CL1", "CL2", "CI1", "CI2", "SEMH1", "SEMH2", "SP1", "SP2", "SP3", "IS1", "IS2"}) {
            url.append('&').append(code).append("=4");
        }
        Document calc = page(url.toString());
        assertThat(calc.getElementById("result-band").text()).isEqualTo("Exceptional: above the top band");
        assertThat(calc.getElementById("result-amount").text()).isEqualTo("Costed by the panel");
    }

    @Test
    void the_start_page_links_to_the_open_information() throws Exception {
        Document start = page("/");
        assertThat(start.select("main a").eachAttr("href")).contains("/matrix", "/tariffs", "/calculator");
    }
}
