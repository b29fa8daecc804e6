package uk.openband.agreements.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PaymentPeriodTest {

    @Test
    void readsMonthAndFinancialYearCodes() {
        PaymentPeriod may = PaymentPeriod.parseMonthOrYear("2026-05").orElseThrow();
        assertThat(may.kind()).isEqualTo(PaymentPeriod.Kind.MONTH);
        assertThat(may.label()).isEqualTo("May 2026");
        assertThat(may.from()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(may.to()).isEqualTo(LocalDate.of(2026, 5, 31));

        PaymentPeriod year = PaymentPeriod.parseMonthOrYear("FY2027").orElseThrow();
        assertThat(year.kind()).isEqualTo(PaymentPeriod.Kind.FINANCIAL_YEAR);
        assertThat(year.from()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(year.label()).isEqualTo("Financial year 2027-28");
        assertThat(PaymentPeriod.month(YearMonth.of(2028, 2)).to()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void refusesCodesThatAreNotPeriods() {
        assertThat(PaymentPeriod.parseMonthOrYear("2026-13")).isEmpty();
        assertThat(PaymentPeriod.parseMonthOrYear("May 2026")).isEmpty();
        assertThat(PaymentPeriod.parseMonthOrYear(null)).isEmpty();
        assertThat(PaymentPeriod.parseMonthOrYear("2026-AUTUMN")).isEmpty();
        assertThat(PaymentPeriod.termCode("2026-spring")).contains(new PaymentPeriod.TermCode(2026, "SPRING"));
        assertThat(PaymentPeriod.termCode("2026-05")).isEmpty();
    }

    @Test
    void aTermIsNamedForItsCalendarYear() {
        PaymentPeriod spring = PaymentPeriod.term(2026, "spring",
                new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(spring.code()).isEqualTo("2026-SPRING");
        assertThat(spring.label()).isEqualTo("Spring term 2027");
    }

    @Test
    void arrearsAreDueOnTheDecisionDay() {
        LocalDate lineFrom = LocalDate.of(2026, 4, 1);
        assertThat(PaymentPeriod.dueDay(lineFrom, LocalDate.of(2026, 6, 10))).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(PaymentPeriod.dueDay(lineFrom, LocalDate.of(2026, 3, 10))).isEqualTo(lineFrom);
        assertThat(PaymentPeriod.month(YearMonth.of(2026, 6)).includesDueDay(LocalDate.of(2026, 6, 10))).isTrue();
    }
}
