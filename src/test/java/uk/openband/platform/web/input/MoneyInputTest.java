package uk.openband.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.openband.platform.web.input.MoneyInput.Problem;
import uk.openband.platform.web.input.MoneyInput.Rules;

/** Reading an amount of money as people type it. */
class MoneyInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.5|1234.50", "£1,234.50|1234.50", " 250000 |250000.00", "£ 12|12.00", "0|0.00", "0.5|0.50",
        ".5|0.50", "7.|7.00", "1,000,000|1000000.00", "9999999999.99|9999999999.99", "12.30|12.30"})
    void reads_pounds_and_pence_at_scale_2(String text, String expected) {
        MoneyInput.Check check = MoneyInput.check(text, Rules.AMOUNT);
        assertThat(check.ok()).isTrue();
        assertThat(check.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(check.amount().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|NOT_AN_AMOUNT", "12a|NOT_AN_AMOUNT", "1,23|NOT_AN_AMOUNT", "1.2.3|NOT_AN_AMOUNT", "£|NOT_AN_AMOUNT",
        "1e5|NOT_AN_AMOUNT", "$5|NOT_AN_AMOUNT", "12,34.5|NOT_AN_AMOUNT", "1.234|PENCE", "£1,234.501|PENCE",
        "-5|NEGATIVE", "£-5|NEGATIVE", "-£5.00|NEGATIVE", "−3|NEGATIVE", "10000000000|TOO_LARGE",
        "9999999999.991|PENCE"})
    void says_what_is_wrong(String text, Problem problem) {
        MoneyInput.Check check = MoneyInput.check(text, Rules.AMOUNT);
        assertThat(check.problem()).isEqualTo(problem);
        assertThat(check.amount()).isNull();
    }

    @Test
    void blank_is_required_unless_optional_and_zero_only_where_allowed() {
        assertThat(MoneyInput.check("  ", Rules.AMOUNT).problem()).isEqualTo(Problem.REQUIRED);
        assertThat(MoneyInput.check(null, Rules.AMOUNT.optional()).blank()).isTrue();
        assertThat(MoneyInput.check("0", Rules.POSITIVE).problem()).isEqualTo(Problem.NOT_POSITIVE);
        assertThat(MoneyInput.check("-1", Rules.POSITIVE).problem()).isEqualTo(Problem.NOT_POSITIVE);
        assertThat(MoneyInput.check("101", Rules.AMOUNT.max(new BigDecimal("100"))).problem())
                .isEqualTo(Problem.TOO_LARGE);
        assertThat(Problem.PENCE.code()).isEqualTo("pence");
    }

    @Property
    void every_amount_written_as_a_page_shows_it_reads_back(
            @ForAll @BigRange(min = "0", max = "9999999999.99") @Scale(2) BigDecimal amount) {
        String shown = new uk.openband.platform.web.Formats().money(amount);
        assertThat(MoneyInput.amount(shown)).isEqualByComparingTo(amount);
        assertThat(MoneyInput.amount(amount.toPlainString())).isEqualTo(amount.setScale(2));
    }
}
