package uk.openband.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/** The Design System's date and money messages, from messages.properties, and a field's own messages first. */
class InputMessagesTest {

    InputMessages messages;

    @BeforeEach
    void setUp() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        StaticMessageSource fields = new StaticMessageSource();
        fields.setParentMessageSource(bundle);
        fields.addMessage("test.dob.name", Locale.UK, "Date of birth");
        fields.addMessage("test.dob.inSentence", Locale.UK, "your date of birth");
        fields.addMessage("test.own.name", Locale.UK, "Start date");
        fields.addMessage("test.own.invalid", Locale.UK, "Enter a real start date, like 1 9 2027");
        fields.addMessage("test.fee.name", Locale.UK, "Fee");
        messages = new InputMessages(fields);
        LocaleContextHolder.setLocale(Locale.UK);
    }

    String date(String d, String m, String y) {
        return messages.date("test.dob", new DateInput(d, m, y).check());
    }

    @Test
    void every_date_message_in_the_design_systems_words() {
        assertThat(date("", "", "")).isEqualTo("Enter your date of birth");
        assertThat(date("", "3", "2015")).isEqualTo("Date of birth must include a day");
        assertThat(date("27", "", "2015")).isEqualTo("Date of birth must include a month");
        assertThat(date("27", "3", "")).isEqualTo("Date of birth must include a year");
        assertThat(date("", "", "2015")).isEqualTo("Date of birth must include a day and month");
        assertThat(date("", "3", "")).isEqualTo("Date of birth must include a day and year");
        assertThat(date("27", "", "")).isEqualTo("Date of birth must include a month and year");
        assertThat(date("27", "13", "2015")).isEqualTo("Date of birth must be a real date");
        assertThat(messages.dateRange("test.dob", "past")).isEqualTo("Date of birth must be in the past");
        assertThat(messages.dateRange("test.dob", "pastOrToday")).isEqualTo("Date of birth must be today or in the past");
        assertThat(messages.dateRange("test.dob", "future")).isEqualTo("Date of birth must be in the future");
        assertThat(messages.dateRange("test.dob", "futureOrToday"))
                .isEqualTo("Date of birth must be today or in the future");
        assertThat(messages.dateRange("test.dob", "between", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)))
                .isEqualTo("Date of birth must be between 1 September 2026 and 31 August 2027");
    }

    @Test
    void a_fields_own_message_wins_and_its_name_starts_the_others() {
        assertThat(messages.date("test.own", new DateInput("31", "2", "2027").check()))
                .isEqualTo("Enter a real start date, like 1 9 2027");
        assertThat(messages.date("test.own", new DateInput("", "", "").check())).isEqualTo("Enter Start date");
    }

    @Test
    void every_money_message() {
        BigDecimal max = MoneyInput.MAX;
        assertThat(messages.money("test.fee", MoneyInput.Problem.REQUIRED, max)).isEqualTo("Enter Fee");
        assertThat(messages.money("test.fee", MoneyInput.Problem.NOT_AN_AMOUNT, max))
                .isEqualTo("Fee must be an amount in pounds, like 1250 or 1250.50");
        assertThat(messages.money("test.fee", MoneyInput.Problem.PENCE, max))
                .isEqualTo("Fee must have no more than 2 decimal places");
        assertThat(messages.money("test.fee", MoneyInput.Problem.NEGATIVE, max)).isEqualTo("Fee must be £0 or more");
        assertThat(messages.money("test.fee", MoneyInput.Problem.NOT_POSITIVE, max))
                .isEqualTo("Fee must be more than £0");
        assertThat(messages.money("test.fee", MoneyInput.Problem.TOO_LARGE, max))
                .isEqualTo("Fee must be £9,999,999,999.99 or less");
    }
}
