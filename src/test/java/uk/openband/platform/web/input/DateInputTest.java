package uk.openband.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.openband.platform.web.input.DateCheck.Problem;
import uk.openband.platform.web.input.DateInput.Part;

/** Reading a GOV.UK date input by the Design System's rules. */
class DateInputTest {

    @Test
    void nothing_typed_is_required_and_marks_every_box() {
        DateCheck check = new DateInput(" ", "", null).check();
        assertThat(check.problem()).isEqualTo(Problem.REQUIRED);
        assertThat(check.code()).isEqualTo("required");
        assertThat(check.parts()).containsExactlyInAnyOrder(Part.DAY, Part.MONTH, Part.YEAR);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "-, 9, 2027, incomplete.day, day",
        "1, -, 2027, incomplete.month, month",
        "1, 9, -, incomplete.year, year",
        "-, -, 2027, incomplete.day.month, day month",
        "-, 9, -, incomplete.day.year, day year",
        "1, -, -, incomplete.month.year, month year"})
    void a_missing_box_is_named_in_the_code_and_only_it_is_marked(String d, String m, String y, String code,
            String parts) {
        DateInput input = new DateInput(d, m, y);
        assertThat(input.check().code()).isEqualTo(code);
        assertThat(input.getPartsInError()).containsExactlyInAnyOrder(parts.split(" "));
    }

    @ParameterizedTest
    @CsvSource({
        "32, 1, 2027, day", "0, 1, 2027, day", "1, 13, 2027, month", "1, 0, 2027, month", "1, 9, 27, year",
        "1, 9, 20270, year", "x, 9, 2027, day", "1, 9, two, year", "31, 4, 2027, day", "29, 2, 2027, day",
        "1.5, 9, 2027, day", "-1, 9, 2027, day", "32, 13, 2027, day month", "001, 9, 2027, day"})
    void what_cannot_be_a_date_is_not_real_and_marks_the_wrong_boxes(String d, String m, String y, String parts) {
        DateInput input = new DateInput(d, m, y);
        assertThat(input.check().problem()).isEqualTo(Problem.NOT_REAL);
        assertThat(input.check().code()).isEqualTo("invalid");
        assertThat(input.toDate()).isNull();
        assertThat(input.getPartsInError()).containsExactlyInAnyOrder(parts.split(" "));
    }

    @Test
    void whitespace_and_leading_zeros_are_fine() {
        assertThat(new DateInput(" 01 ", "09\t", " 2027").toDate()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(new DateInput("1", "9", "2027").getDay()).isEqualTo("1");
        assertThat(new DateInput(" 1 ", "9", "2027").getDay()).as("kept stripped for re-display").isEqualTo("1");
    }

    @Test
    void a_date_that_reads_marks_every_box_when_the_page_finds_it_out_of_range() {
        DateInput input = new DateInput("1", "9", "2027");
        assertThat(input.check().ok()).isTrue();
        assertThat(input.check().code()).isNull();
        assertThat(input.getPartsInError()).isEqualTo(Set.of("day", "month", "year"));
    }

    @Property
    void the_29th_of_february_reads_only_in_leap_years(@ForAll @IntRange(min = 1000, max = 9999) int year) {
        LocalDate date = new DateInput("29", "2", Integer.toString(year)).toDate();
        if (Year.isLeap(year)) {
            assertThat(date).isEqualTo(LocalDate.of(year, 2, 29));
        } else {
            assertThat(date).isNull();
        }
    }

    @Property
    void every_date_shown_reads_back_as_itself(
            @ForAll @DateRange(min = "1000-01-01", max = "9999-12-31") LocalDate date) {
        DateInput shown = DateInput.of(date);
        assertThat(shown.toDate()).isEqualTo(date);
        assertThat(new DateInput(" " + shown.getDay(), shown.getMonth() + " ", shown.getYear()).toDate())
                .isEqualTo(date);
    }

    @Test
    void read_from_a_posted_form_by_the_boxes_names() {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("leavingDate-7-day", "20");
        form.add("leavingDate-7-month", "10");
        form.add("leavingDate-7-year", "2027");
        assertThat(DateInput.from(form, "leavingDate-7").toDate()).isEqualTo(LocalDate.of(2027, 10, 20));
        assertThat(DateInput.from(form, "other").isBlank()).isTrue();
        assertThat(DateInput.of(null).isBlank()).isTrue();
    }
}
