package uk.openband.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.openband.platform.web.input.DateInput;
import uk.openband.testsupport.WebTest;

/** The one GOV.UK date input fragment: ids and names, aria-describedby, and error marks only on the boxes in error. */
@WebTest
class DateInputFragmentTest {

    @Autowired
    ITemplateEngine templates;

    Document render(String field, String hint, DateInput parts, String error) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("field", field);
        vars.put("legend", "Date of birth");
        vars.put("hint", hint);
        vars.put("parts", parts);
        vars.put("error", error);
        return Jsoup.parse(templates.process("test-fragments/date-input", new Context(Locale.UK, vars)));
    }

    static List<String> marked(Document html, String field) {
        return html.select("#" + field + " input.govuk-input--error").eachAttr("id");
    }

    @Test
    void three_boxes_named_and_identified_by_field_and_part_showing_what_was_typed() {
        Document html = render("dateOfBirth", null, new DateInput("27", "3", "2015"), null);
        for (String part : List.of("day", "month", "year")) {
            Element input = html.getElementById("dateOfBirth-" + part);
            assertThat(input).as(part).isNotNull();
            assertThat(input.attr("name")).isEqualTo("dateOfBirth-" + part);
            assertThat(input.attr("inputmode")).isEqualTo("numeric");
            assertThat(html.selectFirst("label[for=dateOfBirth-" + part + "]")).isNotNull();
        }
        assertThat(html.getElementById("dateOfBirth-day").val()).isEqualTo("27");
        assertThat(html.getElementById("dateOfBirth-year").classNames()).contains("govuk-input--width-4");
        Element fieldset = html.selectFirst("fieldset.govuk-fieldset");
        assertThat(fieldset.attr("role")).isEqualTo("group");
        assertThat(fieldset.hasAttr("aria-describedby")).isFalse();
        assertThat(html.selectFirst(".govuk-form-group--error")).isNull();
        assertThat(marked(html, "dateOfBirth")).isEmpty();
    }

    @Test
    void hint_and_error_ids_join_in_aria_describedby() {
        Document html = render("dateOfBirth", "For example, 27 3 2015", new DateInput("", "", ""),
                "Enter your date of birth");
        assertThat(html.getElementById("dateOfBirth-hint").text()).isEqualTo("For example, 27 3 2015");
        assertThat(html.getElementById("dateOfBirth-error").text()).isEqualTo("Error: Enter your date of birth");
        assertThat(html.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("dateOfBirth-hint dateOfBirth-error");
        assertThat(html.selectFirst(".govuk-form-group--error")).isNotNull();
        assertThat(marked(html, "dateOfBirth")).containsExactly("dateOfBirth-day", "dateOfBirth-month",
                "dateOfBirth-year");
    }

    @Test
    void only_the_boxes_in_error_are_marked() {
        assertThat(marked(render("d", null, new DateInput("27", "", "2015"), "Date must include a month"), "d"))
                .containsExactly("d-month");
        assertThat(marked(render("d", null, new DateInput("", "", "2015"), "Date must include a day and month"), "d"))
                .containsExactly("d-day", "d-month");
        assertThat(marked(render("d", null, new DateInput("30", "2", "2015"), "Date must be a real date"), "d"))
                .containsExactly("d-day");
        assertThat(marked(render("d", null, new DateInput("1", "13", "15"), "Date must be a real date"), "d"))
                .containsExactly("d-month", "d-year");
        assertThat(marked(render("d", null, new DateInput("1", "1", "2099"), "Date must be in the past"), "d"))
                .as("a date that reads but is out of range marks the whole date")
                .containsExactly("d-day", "d-month", "d-year");
        Document onlyError = render("d", null, new DateInput("27", "", "2015"), "Date must include a month");
        assertThat(onlyError.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("d-error");
    }

    @Test
    void field_legend_and_parts_are_required() {
        assertThatThrownBy(() -> render("", null, new DateInput(), null)).hasStackTraceContaining("TemplateAssertionException");
        assertThatThrownBy(() -> render("d", null, null, null)).hasStackTraceContaining("TemplateAssertionException");
    }
}
