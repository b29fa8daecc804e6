package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.openband.testsupport.WebTest;

/** The pagination, summary list row and file upload fragments. (The date input is checked on the pupil form.) */
@WebTest
class GovukListFragmentsTest {

    @Autowired
    ITemplateEngine templates;

    Document render(Object... pairs) {
        Map<String, Object> variables = new HashMap<>(Map.of("key", "Name", "label", "CSV file", "page", 1,
                "totalPages", 1, "base", "/x?"));
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return Jsoup.parse(templates.process("test-fragments/lists", new Context(Locale.UK, variables)));
    }

    @Test
    void one_page_shows_no_pagination() {
        assertThat(render().select(".govuk-pagination")).isEmpty();
    }

    @Test
    void pagination_marks_the_current_page_and_elides_far_pages() {
        Document html = render("page", 5, "totalPages", 10, "base", "/pupils?q=a&");
        assertThat(html.select(".govuk-pagination__item:not(.govuk-pagination__item--ellipses) a").eachText())
                .containsExactly("1", "4", "5", "6", "10");
        assertThat(html.select(".govuk-pagination__item--ellipses")).hasSize(2);
        assertThat(html.selectFirst(".govuk-pagination__item--current a").attr("aria-current")).isEqualTo("page");
        assertThat(html.selectFirst(".govuk-pagination__prev a").attr("href")).isEqualTo("/pupils?q=a&page=4");
        assertThat(html.selectFirst(".govuk-pagination__next a").attr("href")).isEqualTo("/pupils?q=a&page=6");
        assertThat(html.selectFirst("nav.govuk-pagination").attr("aria-label")).isEqualTo("Pages of results");
    }

    @Test
    void first_and_last_pages_have_no_previous_or_next() {
        assertThat(render("page", 1, "totalPages", 2).select(".govuk-pagination__prev")).isEmpty();
        assertThat(render("page", 2, "totalPages", 2).select(".govuk-pagination__next")).isEmpty();
    }

    @Test
    void summary_row_with_and_without_a_change_link_escapes_its_value() {
        Document html = render("value", "<b>x</b>", "href", "/p/1/edit#upn", "changeText", "UPN");
        assertThat(html.selectFirst(".govuk-summary-list__value").text()).isEqualTo("<b>x</b>");
        assertThat(html.select(".govuk-summary-list__value b")).isEmpty();
        assertThat(html.selectFirst(".govuk-summary-list__actions a").text()).isEqualTo("Change UPN");
        assertThat(html.selectFirst(".govuk-summary-list__actions .govuk-visually-hidden").text()).isEqualTo("UPN");
        Document plain = render("value", "y");
        assertThat(plain.select(".govuk-summary-list__actions")).isEmpty();
        assertThat(plain.selectFirst(".govuk-summary-list__row").hasClass("govuk-summary-list__row--no-actions")).isTrue();
    }

    @Test
    void file_upload_with_hint_and_error() {
        Document html = render("hint", "UTF-8", "error", "Choose a file");
        var input = html.getElementById("file");
        assertThat(input.attr("type")).isEqualTo("file");
        assertThat(input.attr("aria-describedby")).isEqualTo("file-hint file-error");
        assertThat(input.hasClass("govuk-file-upload--error")).isTrue();
        assertThat(html.getElementById("file-error").text()).isEqualTo("Error: Choose a file");
        assertThat(render().getElementById("file").hasAttr("aria-describedby")).isFalse();
    }
}
