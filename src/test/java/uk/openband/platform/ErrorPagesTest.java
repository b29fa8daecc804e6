package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.openband.testsupport.Pages;
import uk.openband.testsupport.WebTest;

@WebTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void public_pages_use_the_govuk_layout() throws Exception {
        for (String path : new String[] {"/", "/sign-in", "/accessibility", "/privacy"}) {
            Document page = Pages.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
            assertThat(page.select("a.govuk-skip-link[href=#main-content]")).as(path).hasSize(1);
            assertThat(page.select("header.govuk-header").text()).as(path).contains("Demoshire County Council");
            assertThat(page.select(".govuk-service-navigation__service-name").text()).isEqualTo("OpenBand");
            assertThat(page.select(".govuk-phase-banner")).hasSize(1);
            assertThat(page.select("main#main-content")).hasSize(1);
            assertThat(page.select("footer a[href=/accessibility]")).hasSize(1);
            assertThat(page.select("footer a[href=/privacy]")).hasSize(1);
            assertThat(page.title()).endsWith(" – OpenBand");
            assertThat(page.select("script:not([src])")).as("no inline script on " + path).isEmpty();
        }
    }

    @Test
    void the_server_error_page_is_govuk_styled() throws Exception {
        // The error controller renders the 500 page for any status it does not know better.
        Document page = Pages.parse(mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
                .requestAttr("jakarta.servlet.error.request_uri", "/somewhere")).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
    }

    @Test
    void asking_for_the_error_page_itself_is_not_found_rather_than_a_server_error() throws Exception {
        Document page = Pages.parse(mvc.perform(get("/error").param("x", "a\u0000b")).andExpect(status().isNotFound())
                .andReturn());
        assertThat(page.select("main").text()).contains("Page not found");
        mvc.perform(get("/error").accept("application/json")).andExpect(status().isNotFound());
    }
}
