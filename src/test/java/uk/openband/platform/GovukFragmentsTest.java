package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.openband.platform.web.ErrorSummary;
import uk.openband.testsupport.WebTest;

/** The GOV.UK component fragments: markup, the id scheme, and their required parameters. */
@WebTest
class GovukFragmentsTest {

    @Autowired
    ITemplateEngine templates;

    Document render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, new HashMap<>(variables));
        return Jsoup.parse(templates.process("test-fragments/" + template, context));
    }

    @Test
    void input_without_hint_or_error() {
        Document html = render("input", vars("field", "email", "label", "Email address"));
        Element input = html.getElementById("email");
        assertThat(input.attr("name")).isEqualTo("email");
        assertThat(input.hasAttr("aria-describedby")).isFalse();
        assertThat(html.selectFirst("label[for=email]").text()).isEqualTo("Email address");
        assertThat(html.selectFirst(".govuk-form-group").hasClass("govuk-form-group--error")).isFalse();
    }

    @Test
    void input_with_hint_and_error_joins_their_ids() {
        Document html = render("input", vars("field", "urn", "label", "URN", "hint", "6 digits", "value", "12",
                "error", "URN must be 6 digits", "classes", "govuk-input--width-10"));
        Element input = html.getElementById("urn");
        assertThat(input.attr("aria-describedby")).isEqualTo("urn-hint urn-error");
        assertThat(input.val()).isEqualTo("12");
        assertThat(input.classNames()).contains("govuk-input", "govuk-input--width-10", "govuk-input--error");
        assertThat(html.getElementById("urn-hint").text()).isEqualTo("6 digits");
        assertThat(html.getElementById("urn-error").text()).isEqualTo("Error: URN must be 6 digits");
        assertThat(html.selectFirst(".govuk-form-group").hasClass("govuk-form-group--error")).isTrue();
    }

    @Test
    void input_escapes_what_it_shows() {
        Document html = render("input", vars("field", "name", "label", "Name", "value", "<script>alert(1)</script>"));
        assertThat(html.select("script")).isEmpty();
        assertThat(html.getElementById("name").val()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void input_requires_field_and_label() {
        assertThatThrownBy(() -> render("input", vars("field", "name")))
                .hasStackTraceContaining("TemplateAssertionException");
        assertThatThrownBy(() -> render("input", vars("label", "Name")))
                .hasStackTraceContaining("TemplateAssertionException");
    }

    @Test
    void error_summary_tag_and_banner() {
        Document html = render("others", vars("summary", ErrorSummary.of("urn", "Enter a URN"),
                "tagText", "Overdue", "tagColour", "red", "bannerText", "Saved", "success", true));
        Element summary = html.selectFirst(".govuk-error-summary");
        assertThat(summary.selectFirst("h2").text()).isEqualTo("There is a problem");
        assertThat(summary.selectFirst("a[href=#urn]").text()).isEqualTo("Enter a URN");
        assertThat(html.selectFirst("strong.govuk-tag").classNames()).contains("govuk-tag--red");
        Element banner = html.selectFirst(".govuk-notification-banner");
        assertThat(banner.classNames()).contains("govuk-notification-banner--success");
        assertThat(banner.attr("role")).isEqualTo("alert");
        assertThat(banner.text()).contains("Success").contains("Saved");
    }

    @Test
    void an_empty_error_summary_renders_nothing() {
        Document html = render("others", vars("summary", ErrorSummary.empty(), "tagText", "Draft", "bannerText", "Note",
                "success", false));
        assertThat(html.select(".govuk-error-summary")).isEmpty();
        assertThat(html.selectFirst("strong.govuk-tag").classNames()).containsExactly("govuk-tag");
        assertThat(html.selectFirst(".govuk-notification-banner").attr("role")).isEqualTo("region");
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
