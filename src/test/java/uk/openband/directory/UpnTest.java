package uk.openband.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UpnTest {

    @Test
    void a_worked_example() {
        // (2x2)+(4x7)+(9x1)+(10x6)+(12x4)+(13x9) = 266; 266 - 11 x 23 = 13; in the table without I, O and S,
        // 13 is P. (A school-software help page works this example to "267 ... 13 ... Q": its sum is off by one
        // and its letter disagrees with its own table, where P = 13.)
        assertThat(Upn.checkLetter("207000016049")).isEqualTo('P');
        assertThat(Upn.check("P207000016049").valid()).isTrue();
        Upn.Check wrong = Upn.check("B207000016049");
        assertThat(wrong.problem()).isEqualTo(Upn.CHECK_LETTER);
        assertThat(wrong.expectedLetter()).isEqualTo('P');
    }

    @Test
    void the_letter_table_skips_i_o_and_s() {
        assertThat(Upn.LETTERS).hasSize(23).doesNotContain("I", "O", "S");
        assertThat(Upn.LETTERS.charAt(13)).isEqualTo('P');
        assertThat(Upn.LETTERS.charAt(22)).isEqualTo('Z');
    }

    @Test
    void a_known_valid_upn_and_its_wrong_neighbour() {
        assertThat(Upn.check("B801200005001").valid()).isTrue();
        assertThat(Upn.check("A801200005001").expectedLetter()).isEqualTo('B');
    }

    @Test
    void spaces_and_lower_case_are_normalised() {
        Upn.Check check = Upn.check(" p207 0000 16049 ");
        assertThat(check.valid()).isTrue();
        assertThat(check.upn()).isEqualTo("P207000016049");
        assertThat(check.temporary()).isFalse();
    }

    @Test
    void a_temporary_upn_counts_its_final_letter_by_its_place_in_the_table() {
        // digits 20700001604 weighted 2..12, plus the final letter's value x 13
        String first11 = "20700001604";
        char last = 'K'; // value 9, the same as the digit 9 in the worked example
        assertThat(Upn.checkLetter(first11 + last)).isEqualTo('P');
        Upn.Check check = Upn.check("P" + first11 + last);
        assertThat(check.valid()).isTrue();
        assertThat(check.temporary()).isTrue();
    }

    @Test
    void names_each_kind_of_problem() {
        assertThat(Upn.check("").problem()).isEqualTo(Upn.MISSING);
        assertThat(Upn.check(null).problem()).isEqualTo(Upn.MISSING);
        assertThat(Upn.check("Q20700001604").problem()).isEqualTo(Upn.LENGTH);
        assertThat(Upn.check("Q2070000160491").problem()).isEqualTo(Upn.LENGTH);
        assertThat(Upn.check("1207000016049").problem()).isEqualTo(Upn.FORMAT);
        assertThat(Upn.check("Q2070A0016049").problem()).isEqualTo(Upn.FORMAT);
        assertThat(Upn.check("P20700001604O").problem()).isEqualTo(Upn.TEMPORARY_LETTER);
        assertThat(Upn.check("P20700001604S").problem()).isEqualTo(Upn.TEMPORARY_LETTER);
    }

    @Test
    void check_letter_needs_twelve_characters() {
        assertThatThrownBy(() -> Upn.checkLetter("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void every_upn_with_its_computed_letter_is_valid(@ForAll("last12") String last12) {
        Upn.Check check = Upn.check(Upn.checkLetter(last12) + last12);
        assertThat(check.valid()).isTrue();
        assertThat(check.temporary()).isEqualTo(Character.isLetter(last12.charAt(11)));
    }

    @Property
    void every_other_check_letter_is_refused_and_the_right_one_named(@ForAll("last12") String last12,
            @ForAll @IntRange(min = 1, max = 22) int shift) {
        char right = Upn.checkLetter(last12);
        char wrong = Upn.LETTERS.charAt((Upn.LETTERS.indexOf(right) + shift) % 23);
        Upn.Check check = Upn.check(wrong + last12);
        assertThat(check.problem()).isEqualTo(Upn.CHECK_LETTER);
        assertThat(check.expectedLetter()).isEqualTo(right);
    }

    @Property
    void changing_any_one_digit_changes_the_check_letter(@ForAll("last12") String last12,
            @ForAll @IntRange(min = 0, max = 10) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        char[] chars = last12.toCharArray();
        chars[position] = (char) ('0' + (chars[position] - '0' + delta) % 10);
        // weights 2..12 are below 23 and 23 is prime, so a single-digit change always moves the sum mod 23
        assertThat(Upn.checkLetter(new String(chars))).isNotEqualTo(Upn.checkLetter(last12));
    }

    @Provide
    Arbitrary<String> last12() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(11);
        Arbitrary<Character> last = Arbitraries.oneOf(Arbitraries.chars().numeric(),
                Arbitraries.of(Upn.LETTERS.chars().mapToObj(c -> (char) c).toList()));
        return net.jqwik.api.Combinators.combine(digits, last).as((d, l) -> d + l);
    }
}
