package uk.openband.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.FieldError;
import uk.openband.platform.web.input.DateInput;

/** An error summary entry links to the input the person must correct. */
class ErrorSummaryTest {

    @Test
    void aPlainFieldLinksToItsOwnId() {
        assertThat(ErrorSummary.anchor(new FieldError("form", "name", "", false, null, null, "Enter a name")))
                .isEqualTo("name");
    }

    @Test
    void aDateLinksToTheFirstOfItsBoxesInError() {
        assertThat(anchor(new DateInput("", "5", ""))).isEqualTo("date-day");
        assertThat(anchor(new DateInput("12", "", "2027"))).isEqualTo("date-month");
        assertThat(anchor(new DateInput("12", "5", ""))).isEqualTo("date-year");
        assertThat(anchor(new DateInput("31", "2", "2027"))).isEqualTo("date-day");
        assertThat(anchor(new DateInput("", "", ""))).isEqualTo("date-day");
    }

    private static String anchor(DateInput date) {
        return ErrorSummary.anchor(new FieldError("form", "date", date, false, null, null, "Date is wrong"));
    }
}
