package uk.openband.agreements.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked schedules: the numbers in the comments are worked out on paper. */
class PaymentSchedulerTest {

    private static final PaymentScheduler MONTHLY = new PaymentScheduler(PaymentMethod.monthly());
    private static final PaymentScheduler DAILY = new PaymentScheduler(PaymentMethod.daily());
    private static final PaymentScheduler TERMLY = new PaymentScheduler(
            PaymentMethod.termly(TermCalendar.standard(2024, 2027)));

    @Test
    void monthlyFullYearPaysTwelfthsWithTheRemainderInMarch() {
        // 5,300 / 12 = 441.666... -> 441.67 x 11 = 4,858.37; March = 5,300 - 4,858.37 = 441.63
        Schedule schedule = MONTHLY.schedule(terms("2025-04-01", "2026-03-31", "5300.00", RoundingMode.HALF_UP),
                day("2030-01-01"));

        assertThat(schedule.lines()).hasSize(12);
        assertThat(schedule.lines().subList(0, 11)).allSatisfy(l -> assertThat(l.amount()).isEqualTo(money("441.67")));
        ScheduleLine march = schedule.lines().get(11);
        assertThat(march.label()).isEqualTo("March 2026");
        assertThat(march.amount()).isEqualTo(money("441.63"));
        assertThat(schedule.years()).containsExactly(
                new YearTotal(new FinancialYear(2025), 365, money("5300.00")));
    }

    @Test
    void dailyInALeapYearDividesBy366() {
        // FY 2027-28 holds 29 February 2028: 3,660 / 366 = 10.00 a day
        Schedule schedule = DAILY.schedule(terms("2028-01-01", "2028-03-31", "3660.00", RoundingMode.HALF_UP),
                day("2030-01-01"));

        assertThat(amounts(schedule)).containsExactly(money("310.00"), money("290.00"), money("310.00"));
        assertThat(schedule.years().get(0)).isEqualTo(new YearTotal(new FinancialYear(2027), 91, money("910.00")));
    }

    @Test
    void dailyInAnOrdinaryYearDividesBy365() {
        // FY 2026-27: 3,660 x 28 / 365 = 280.767... -> 280.77
        Schedule schedule = DAILY.schedule(terms("2027-02-01", "2027-02-28", "3660.00", RoundingMode.HALF_UP),
                day("2030-01-01"));

        assertThat(amounts(schedule)).containsExactly(money("280.77"));
        assertThat(new FinancialYear(2026).days()).isEqualTo(365);
        assertThat(new FinancialYear(2027).days()).isEqualTo(366);
    }

    @Test
    void aPartTermIsProRatedByDaysOfTheTerm() {
        // weights 7/6/6 of 19,000: autumn 2025 (1 Sep to 31 Dec, 122 days) pays 7,000 in full;
        // from 15 Oct: 78 days -> 7,000 x 78 / 122 = 4,475.409... -> 4,475.41; spring pays 6,000
        Schedule schedule = TERMLY.schedule(terms("2025-10-15", "2026-03-31", "19000.00", RoundingMode.HALF_UP),
                day("2030-01-01"));

        assertThat(schedule.lines()).extracting(ScheduleLine::label).containsExactly("Autumn 2025", "Spring 2026");
        assertThat(amounts(schedule)).containsExactly(money("4475.41"), money("6000.00"));
        assertThat(schedule.lines().get(0).period()).isEqualTo(new DateRange(day("2025-10-15"), day("2025-12-31")));
        assertThat(schedule.total()).isEqualTo(money("10475.41"));
    }

    @Test
    void aTermThatCrossesTheFinancialYearIsSplitAtThe31stOfMarch() {
        // spring 2026 runs 5 Jan to 12 Apr (98 days) and pays 6,000:
        // 86 days in FY 2025-26 -> 5,265.306... -> 5,265.31; 12 days in FY 2026-27 -> 734.693... -> 734.69
        TermCalendar easter = TermCalendar.of(List.of(
                AcademicYearTerms.weighted766(2025, day("2026-01-05"), day("2026-04-13"))));
        Schedule schedule = new PaymentScheduler(PaymentMethod.termly(easter))
                .schedule(terms("2026-01-05", "2026-04-12", "19000.00", RoundingMode.HALF_UP), day("2030-01-01"));

        assertThat(schedule.lines()).extracting(ScheduleLine::year)
                .containsExactly(new FinancialYear(2025), new FinancialYear(2026));
        assertThat(amounts(schedule)).containsExactly(money("5265.31"), money("734.69"));
    }

    @Test
    void thePublishedTermlyAmountIsPaidPerFullTerm() {
        // 1,800 a term whatever the annual amount; a full financial year holds summer,
        // autumn and spring: 5,400
        Schedule full = TERMLY.schedule(
                terms("2025-04-01", "2026-03-31", "5300.00", RoundingMode.HALF_UP).withTermlyAmount(money("1800.00")),
                day("2030-01-01"));
        assertThat(full.lines()).extracting(ScheduleLine::label)
                .containsExactly("Summer 2025", "Autumn 2025", "Spring 2026");
        assertThat(amounts(full)).containsOnly(money("1800.00"));
        assertThat(full.total()).isEqualTo(money("5400.00"));

        // from 1 Dec: 1,800 x 31 / 122 = 457.377... -> 457.38
        Schedule part = TERMLY.schedule(
                terms("2025-12-01", "2026-03-31", "5300.00", RoundingMode.HALF_UP).withTermlyAmount(money("1800.00")),
                day("2030-01-01"));
        assertThat(amounts(part)).containsExactly(money("457.38"), money("1800.00"));
    }

    @Test
    void daysBeforeTheDecisionArePaidAsArrears() {
        // 12,000 a year = 1,000 a month; decided 15 June: 1-14 June = 1,000 x 14 / 30 = 466.67 arrears
        Schedule schedule = MONTHLY.schedule(terms("2025-04-01", "2025-07-31", "12000.00", RoundingMode.HALF_UP)
                .decidedOn(day("2025-06-15")), day("2030-01-01"));

        assertThat(schedule.lines()).extracting(ScheduleLine::kind).containsExactly(LineKind.ARREARS,
                LineKind.ARREARS, LineKind.ARREARS, LineKind.REGULAR, LineKind.REGULAR);
        assertThat(amounts(schedule)).containsExactly(money("1000.00"), money("1000.00"), money("466.67"),
                money("533.33"), money("1000.00"));
        assertThat(schedule.lines().get(2).period()).isEqualTo(new DateRange(day("2025-06-01"), day("2025-06-14")));
        assertThat(schedule.lines().get(3).period()).isEqualTo(new DateRange(day("2025-06-15"), day("2025-06-30")));
        assertThat(schedule.total()).isEqualTo(money("4000.00"));
    }

    @Test
    void aChangeOfBandEndsOneAgreementTheDayBeforeTheNextStarts() {
        // October: 6,000 / 12 x 14 / 31 = 225.806... -> 225.81; 9,000 / 12 x 17 / 31 = 411.290... -> 411.29
        Schedule before = MONTHLY.schedule(terms("2025-04-01", "2025-10-14", "6000.00", RoundingMode.HALF_UP),
                day("2030-01-01"));
        Schedule after = MONTHLY.schedule(terms("2025-10-15", "2026-03-31", "9000.00", RoundingMode.HALF_UP),
                day("2030-01-01"));

        ScheduleLine lastBefore = before.lines().get(before.lines().size() - 1);
        ScheduleLine firstAfter = after.lines().get(0);
        assertThat(lastBefore.to()).isEqualTo(day("2025-10-14"));
        assertThat(firstAfter.from()).isEqualTo(day("2025-10-15"));
        assertThat(lastBefore.amount()).isEqualTo(money("225.81"));
        assertThat(firstAfter.amount()).isEqualTo(money("411.29"));
    }

    @Test
    void theTablesRoundingModeIsUsed() {
        // 100 / 12 / 30 = 0.2777... for one day of June
        FundingTerms oneDay = terms("2025-06-30", "2025-06-30", "100.00", RoundingMode.HALF_UP);
        assertThat(amounts(MONTHLY.schedule(oneDay, day("2030-01-01")))).containsExactly(money("0.28"));
        FundingTerms down = new FundingTerms(oneDay.start(), oneDay.end(), oneDay.annualAmount(), null,
                RoundingMode.DOWN, null);
        assertThat(amounts(MONTHLY.schedule(down, day("2030-01-01")))).containsExactly(money("0.27"));
        // 0.125 exactly: half-up 0.13, half-even 0.12 (1.50 / 12 = 0.125 for a full month)
        FundingTerms halfEven = new FundingTerms(day("2025-04-01"), day("2025-04-30"), money("1.50"), null,
                RoundingMode.HALF_EVEN, null);
        assertThat(amounts(MONTHLY.schedule(halfEven, day("2030-01-01")))).containsExactly(money("0.12"));
    }

    @Test
    void tinyAmountsNeverMakeANegativeLine() {
        // 0.10 / 12 rounds up to 0.01 a month, which would pay 0.12: the last lines give it back
        Schedule schedule = MONTHLY.schedule(terms("2025-04-01", "2026-03-31", "0.10", RoundingMode.HALF_UP),
                day("2030-01-01"));

        assertThat(amounts(schedule)).allSatisfy(a -> assertThat(a.signum()).isNotNegative());
        assertThat(amounts(schedule).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(money("0.10"));
    }

    @Test
    void anOpenEndedAgreementIsScheduledUntilTheGivenDay() {
        FundingTerms open = terms("2025-04-01", null, "12000.00", RoundingMode.HALF_UP);

        Schedule schedule = MONTHLY.schedule(open, day("2026-04-10"));

        assertThat(schedule.years()).extracting(YearTotal::total).containsExactly(money("12000.00"),
                money("333.33"));
        assertThat(schedule.lines().get(schedule.lines().size() - 1).to()).isEqualTo(day("2026-04-10"));
        assertThat(MONTHLY.schedule(open, day("2025-03-31")).lines()).isEmpty();
    }

    @Test
    void termlyNeedsTermDatesForEveryFundedDay() {
        assertThatThrownBy(() -> TERMLY.schedule(terms("2028-04-01", "2028-09-30", "1000.00", RoundingMode.HALF_UP),
                day("2030-01-01"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no term dates are configured");
    }

    private static FundingTerms terms(String start, String end, String annual, RoundingMode rounding) {
        return FundingTerms.of(day(start), end == null ? null : day(end), money(annual), rounding);
    }

    private static List<BigDecimal> amounts(Schedule schedule) {
        return schedule.lines().stream().map(ScheduleLine::amount).toList();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
