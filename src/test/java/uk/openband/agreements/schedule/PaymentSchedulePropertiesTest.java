package uk.openband.agreements.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.openband.common.Money;

/**
 * Properties of every schedule, over random dates (leap years included: the range
 * holds 2028 and 2032), amounts, rounding modes, methods and decision dates.
 */
class PaymentSchedulePropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 4, 1);
    private static final int SPAN = 8 * 365;
    private static final LocalDate UNTIL = LocalDate.of(2040, 3, 31);

    @Property(tries = 400)
    void eachYearsLinesAddUpToItsProRatedTotal(@ForAll("terms") FundingTerms terms,
            @ForAll("methods") PaymentMethod method) {
        Schedule schedule = new PaymentScheduler(method).schedule(terms, UNTIL);

        for (YearTotal year : schedule.years()) {
            BigDecimal sum = schedule.linesIn(year.year()).stream().map(ScheduleLine::amount)
                    .reduce(Money.ZERO, BigDecimal::add);
            assertThat(sum).isEqualTo(year.total());
        }
    }

    @Property(tries = 400)
    void dailyTotalsAreAnnualTimesDaysOverDaysInTheYear(@ForAll("terms") FundingTerms terms) {
        Schedule schedule = new PaymentScheduler(PaymentMethod.daily()).schedule(terms, UNTIL);

        for (YearTotal year : schedule.years()) {
            assertThat(year.total()).isEqualTo(Money.proRata(terms.annualAmount(), year.fundedDays(),
                    year.year().days(), terms.rounding()));
        }
    }

    @Property(tries = 200)
    void aWholeFinancialYearPaysTheAnnualAmount(@ForAll @IntRange(min = 2024, max = 2032) int startYear,
            @ForAll("amounts") BigDecimal annual, @ForAll("roundings") RoundingMode rounding,
            @ForAll("yearAlignedMethods") PaymentMethod method) {
        FinancialYear year = new FinancialYear(startYear);
        FundingTerms terms = FundingTerms.of(year.start(), year.end(), annual, rounding);

        assertThat(new PaymentScheduler(method).schedule(terms, UNTIL).total()).isEqualTo(annual);
    }

    @Property(tries = 400)
    void linesArePenniesAndNeverNegative(@ForAll("terms") FundingTerms terms,
            @ForAll("methods") PaymentMethod method) {
        Schedule schedule = new PaymentScheduler(method).schedule(terms, UNTIL);

        assertThat(schedule.lines()).allSatisfy(line -> {
            assertThat(line.amount().scale()).isEqualTo(2);
            assertThat(line.amount().signum()).isNotNegative();
        });
    }

    @Property(tries = 400)
    void linesCoverExactlyTheFundedDaysOnceInsideTheirYear(@ForAll("terms") FundingTerms terms,
            @ForAll("methods") PaymentMethod method) {
        Schedule schedule = new PaymentScheduler(method).schedule(terms, UNTIL);

        assertCoversOnce(schedule.lines(), terms.start(), terms.end());
        assertThat(schedule.lines()).allSatisfy(line -> {
            assertThat(line.year().dates().contains(line.from())).isTrue();
            assertThat(line.year().dates().contains(line.to())).isTrue();
        });
    }

    @Property(tries = 400)
    void arrearsAreExactlyTheDaysBeforeTheDecision(@ForAll("terms") FundingTerms terms,
            @ForAll("methods") PaymentMethod method) {
        Schedule schedule = new PaymentScheduler(method).schedule(terms, UNTIL);

        LocalDate decided = terms.decisionDate();
        for (ScheduleLine line : schedule.lines()) {
            boolean before = decided != null && line.to().isBefore(decided);
            assertThat(line.kind()).isEqualTo(before ? LineKind.ARREARS : LineKind.REGULAR);
            if (!before && decided != null) {
                assertThat(line.from()).isAfterOrEqualTo(decided);
            }
        }
    }

    @Property(tries = 400)
    void adjacentAgreementsPayEachDayOnce(@ForAll("terms") FundingTerms first,
            @ForAll @IntRange(min = 1, max = 900) int secondLength, @ForAll("amounts") BigDecimal secondAnnual,
            @ForAll("methods") PaymentMethod method) {
        LocalDate secondStart = first.end().plusDays(1);
        FundingTerms second = FundingTerms.of(secondStart, secondStart.plusDays(secondLength - 1), secondAnnual,
                first.rounding());
        PaymentScheduler scheduler = new PaymentScheduler(method);

        List<ScheduleLine> both = new ArrayList<>(scheduler.schedule(first, UNTIL).lines());
        both.addAll(scheduler.schedule(second, UNTIL).lines());

        assertCoversOnce(both, first.start(), second.end());
    }

    /** Sorted by start, the lines run from {@code start} to {@code end} with no gap and no overlap. */
    private static void assertCoversOnce(List<ScheduleLine> lines, LocalDate start, LocalDate end) {
        List<ScheduleLine> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> a.from().compareTo(b.from()));
        LocalDate next = start;
        for (ScheduleLine line : sorted) {
            assertThat(line.from()).as("line %s", line).isEqualTo(next);
            next = line.to().plusDays(1);
        }
        assertThat(next).isEqualTo(end.plusDays(1));
    }

    @Provide
    Arbitrary<FundingTerms> terms() {
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, SPAN).map(FIRST::plusDays);
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 40)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 1200)));
        Arbitrary<Integer> decidedAfter = Arbitraries.integers().between(-30, 1300);
        Arbitrary<BigDecimal> termly = amounts().injectNull(0.5);
        return Combinators.combine(start, length, amounts(), termly, roundings(), decidedAfter, Arbitraries.of(true,
                false)).as((from, days, annual, perTerm, rounding, decided, backdated) -> new FundingTerms(from,
                        from.plusDays(days - 1), annual, perTerm, rounding,
                        backdated ? from.plusDays(decided) : null));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 200)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 20_000_000)))
                .map(pence -> BigDecimal.valueOf(pence, 2));
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN);
    }

    /**
     * Methods whose periods tile the financial year: months, and terms when summer starts
     * on 1 April. (With summer from Easter, a financial year holds the end of one spring
     * term and the start of the next, of different lengths, so it pays close to, not
     * exactly, the annual amount.)
     */
    @Provide
    Arbitrary<PaymentMethod> yearAlignedMethods() {
        return Arbitraries.of(PaymentMethod.monthly(), PaymentMethod.daily(),
                PaymentMethod.termly(TermCalendar.standard(2023, 2040)));
    }

    @Provide
    Arbitrary<PaymentMethod> methods() {
        Arbitrary<PaymentMethod> easter = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9))
                .as((springDay, summerDay, autumnWeight, springWeight, summerWeight) -> PaymentMethod.termly(
                        calendar(springDay, summerDay, autumnWeight, springWeight, summerWeight)));
        return Arbitraries.oneOf(Arbitraries.just(PaymentMethod.monthly()), Arbitraries.just(PaymentMethod.daily()),
                Arbitraries.just(PaymentMethod.termly(TermCalendar.standard(2023, 2040))), easter);
    }

    /** Spring from 1-10 January, summer from 20 March to 29 April, the given weights, every year. */
    private static TermCalendar calendar(int springDay, int summerDay, int autumn, int spring, int summer) {
        List<AcademicYearTerms> years = new ArrayList<>();
        for (int year = 2023; year <= 2040; year++) {
            years.add(new AcademicYearTerms(year, LocalDate.of(year + 1, 1, 1).plusDays(springDay),
                    LocalDate.of(year + 1, 3, 20).plusDays(summerDay), autumn, spring, summer));
        }
        return TermCalendar.of(years);
    }
}
