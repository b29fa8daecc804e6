package uk.openband.agreements.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.openband.common.Money;

/**
 * Works out an agreement's payment lines under the LA's method.
 *
 * <p>The rule, per financial year (1 April to 31 March): each period of the method
 * (a term, a month) that shares days with the agreement contributes its full amount x
 * funded days in it / days in the period, exactly, with no rounding:
 * <ul>
 * <li>monthly: annual / 12 x funded days in the month / days in the month;</li>
 * <li>daily: annual x funded days in the month / days in the financial year (365 or 366);</li>
 * <li>termly: annual x term weight / weights of its academic year, or the band's published
 * termly amount, x funded days in the term / days in the term.</li>
 * </ul>
 * The year's <em>pro-rated total</em> is the exact sum of those contributions, rounded once
 * to the penny with the banding table's rounding mode. Each line is its contribution
 * rounded the same way, except the year's last line, which is the total minus the other
 * lines (the rounding remainder); should that ever be below zero (only for amounts of a
 * few pence) the shortfall comes off the line before it. So a year's lines add up exactly
 * to its total and no line is negative. For the daily method the total is exactly
 * annual x funded days / days in the financial year; for a whole year under the monthly
 * method, or under the termly method with weights and a summer term that starts on
 * 1 April, it is the annual amount. (With summer from Easter a financial year holds the
 * end of one spring term and the start of the next; their lengths differ, so the year
 * pays close to, not exactly, the annual amount; over the agreement it evens out.)
 *
 * <p>Lines never cross a financial year's end, and a line that spans the decision date
 * is split there: the days before it are {@link LineKind#ARREARS}.
 */
public final class PaymentScheduler {

    private final PaymentMethod method;

    public PaymentScheduler(PaymentMethod method) {
        this.method = Objects.requireNonNull(method, "method");
    }

    /**
     * The schedule of the agreement's days up to and including {@code until} (or its end
     * date when that comes first); empty when {@code until} is before its start.
     */
    public Schedule schedule(FundingTerms terms, LocalDate until) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(until, "until");
        DateRange funded = terms.fundedUntil(until);
        List<ScheduleLine> lines = new ArrayList<>();
        List<YearTotal> years = new ArrayList<>();
        if (funded == null) {
            return new Schedule(lines, years);
        }
        FinancialYear last = FinancialYear.containing(funded.to());
        for (FinancialYear year = FinancialYear.containing(funded.from()); year.compareTo(last) <= 0;
                year = year.next()) {
            DateRange inYear = year.dates().intersect(funded).orElseThrow();
            List<Share> shares = Shares.of(method, year, inYear, terms);
            BigDecimal total = shares.stream().map(Share::exact).reduce(Fraction.ZERO, Fraction::plus)
                    .round(terms.rounding());
            BigDecimal[] amounts = allocate(shares, total, terms);
            for (int i = 0; i < shares.size(); i++) {
                Share share = shares.get(i);
                lines.add(new ScheduleLine(year, share.period(), share.label(), amounts[i], share.kind()));
            }
            years.add(new YearTotal(year, inYear.days(), total));
        }
        return new Schedule(lines, years);
    }

    /** Each share rounded, the last one taking the remainder, no line below zero. */
    private static BigDecimal[] allocate(List<Share> shares, BigDecimal total, FundingTerms terms) {
        int n = shares.size();
        BigDecimal[] amounts = new BigDecimal[n];
        BigDecimal others = Money.ZERO;
        for (int i = 0; i < n - 1; i++) {
            amounts[i] = shares.get(i).exact().round(terms.rounding());
            others = others.add(amounts[i]);
        }
        amounts[n - 1] = total.subtract(others);
        for (int i = n - 1; i > 0 && amounts[i].signum() < 0; i--) {
            amounts[i - 1] = amounts[i - 1].add(amounts[i]);
            amounts[i] = Money.ZERO;
        }
        return amounts;
    }
}
