package uk.openband.agreements.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts the funded days of one financial year into the method's periods, with exact amounts. */
final class Shares {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private Shares() {
    }

    /** The shares of {@code funded} (inside {@code year}), split at the decision date into arrears and regular. */
    static List<Share> of(PaymentMethod method, FinancialYear year, DateRange funded, FundingTerms terms) {
        List<Share> shares = new ArrayList<>();
        if (method instanceof PaymentMethod.Termly termly) {
            for (Term term : termly.calendar().termsOver(funded)) {
                DateRange days = term.dates().intersect(funded).orElseThrow();
                long termDays = term.dates().days();
                BigDecimal amount = terms.termlyAmount() != null
                        ? terms.termlyAmount()
                        : terms.annualAmount().multiply(BigDecimal.valueOf(term.weight()));
                long denominator = terms.termlyAmount() != null ? termDays : termDays * term.weightTotal();
                addSplit(shares, days, term.name(), amount, denominator, terms.decisionDate());
            }
        } else {
            boolean daily = method instanceof PaymentMethod.Daily;
            YearMonth month = YearMonth.from(funded.from());
            YearMonth last = YearMonth.from(funded.to());
            for (; !month.isAfter(last); month = month.plusMonths(1)) {
                DateRange monthDays = new DateRange(month.atDay(1), month.atEndOfMonth());
                DateRange days = monthDays.intersect(funded).orElseThrow();
                long denominator = daily ? year.days() : 12L * monthDays.days();
                addSplit(shares, days, MONTH.format(month), terms.annualAmount(), denominator, terms.decisionDate());
            }
        }
        return shares;
    }

    /** Pays {@code amount x days / denominator} for the days, in two shares when the decision date falls inside. */
    private static void addSplit(List<Share> shares, DateRange days, String label, BigDecimal amount,
            long denominator, LocalDate decided) {
        if (decided == null || !days.from().isBefore(decided)) {
            shares.add(share(days, label, amount, denominator, LineKind.REGULAR));
        } else if (days.to().isBefore(decided)) {
            shares.add(share(days, label, amount, denominator, LineKind.ARREARS));
        } else {
            shares.add(share(new DateRange(days.from(), decided.minusDays(1)), label, amount, denominator,
                    LineKind.ARREARS));
            shares.add(share(new DateRange(decided, days.to()), label, amount, denominator, LineKind.REGULAR));
        }
    }

    private static Share share(DateRange days, String label, BigDecimal amount, long denominator, LineKind kind) {
        return new Share(days, label, Fraction.of(amount, days.days(), denominator), kind);
    }
}
