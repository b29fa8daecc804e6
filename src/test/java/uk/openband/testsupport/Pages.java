package uk.openband.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MvcResult;

/** Reading GOV.UK pages in tests. */
public final class Pages {

    private Pages() {
    }

    public static Document parse(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The page shows the GOV.UK error pattern for the given field: summary link, inline error, "Error:" title. */
    public static void assertFieldError(Document page, String field, String message) {
        assertThat(page.title()).startsWith("Error: ");
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary).as("error summary").isNotNull();
        assertThat(summary.text()).contains("There is a problem");
        // A GOV.UK date input's entry links to its first box in error, not to the boxes' container.
        boolean date = page.getElementById(field + "-day") != null;
        Element link = date
                ? summary.selectFirst("a[href=#" + field + "-day], a[href=#" + field + "-month], a[href=#" + field + "-year]")
                : summary.selectFirst("a[href=#" + field + "]");
        assertThat(link).as("summary link to #" + field + (date ? "-day|-month|-year" : "")).isNotNull();
        if (date) {
            Element box = page.getElementById(link.attr("href").substring(1));
            assertThat(box.hasClass("govuk-input--error")).as("the linked date box is marked in error").isTrue();
        }
        assertThat(link.text()).isEqualTo(message);
        Element inline = page.getElementById(field + "-error");
        assertThat(inline).as("inline error " + field + "-error").isNotNull();
        assertThat(inline.text()).isEqualTo("Error: " + message);
        Element input = page.getElementById(field);
        assertThat(input).as("input #" + field).isNotNull();
        Element group = input.closest(".govuk-form-group");
        assertThat(group).isNotNull();
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        Element described = input.hasAttr("aria-describedby") ? input : input.closest("fieldset");
        assertThat(described.attr("aria-describedby")).contains(field + "-error");
    }
}
