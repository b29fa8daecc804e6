package uk.openband.agreements;

import uk.openband.platform.Refused.Problem;
import uk.openband.platform.Refused;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.openband.agreements.internal.PaymentSettingsStore;
import uk.openband.agreements.schedule.PaymentPeriod;

/**
 * The LA's one payment method and its term calendar. Saving checks every academic year, writes the
 * settings, works out every agreement's payment lines again and audits the change, all in one
 * transaction: when any agreement cannot be scheduled (a day in no configured term) nothing is saved.
 */
@Service
@Transactional
public class PaymentSettings {

    /** The most weight a term can carry; weights are small whole numbers such as 7, 6 and 6. */
    public static final int MAX_WEIGHT = 1000;

    private final PaymentSettingsStore store;
    private final FundingAgreements agreements;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    PaymentSettings(PaymentSettingsStore store, FundingAgreements agreements, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PaymentSettingsView current() {
        return store.load();
    }

    /**
     * A term of the academic year starting in September {@code academicYear} (AUTUMN, SPRING or SUMMER)
     * as a payment period with the calendar's dates; empty when no dates are recorded for that year.
     */
    @Transactional(readOnly = true)
    public Optional<PaymentPeriod> term(int academicYear, String termName) {
        String name = termName.toUpperCase(Locale.ROOT);
        int index = List.of("AUTUMN", "SPRING", "SUMMER").indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("not a term: " + termName);
        }
        return store.years().stream().filter(y -> y.startYear() == academicYear).findFirst()
                .map(y -> PaymentPeriod.term(academicYear, name, y.terms().terms().get(index).dates()));
    }

    /** The usual terms of the academic year after the last configured one (1 January, 1 April; 7/6/6). */
    @Transactional(readOnly = true)
    public AcademicYearView nextStandardYear() {
        List<AcademicYearView> years = store.years();
        int next = years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(years.size() - 1).startYear() + 1;
        return new AcademicYearView(next, LocalDate.of(next + 1, Month.JANUARY, 1), LocalDate.of(next + 1, Month.APRIL, 1),
                7, 6, 6);
    }

    /**
     * Saves the method and the academic years (which replace the stored ones) and regenerates every
     * agreement's lines. Fields in problems: {@code method}, {@code years}, and
     * {@code y<startYear>-springStart|summerStart|weights}.
     *
     * @return how many agreements had their lines worked out again
     */
    public int save(PaymentMethodKind method, boolean useTermlyAmount, List<AcademicYearView> years,
            long expectedVersion, String by) {
        List<Problem> problems = check(method, years);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        PaymentSettingsView before = store.load();
        List<AcademicYearView> sorted = years.stream().sorted(Comparator.comparingInt(AcademicYearView::startYear))
                .toList();
        if (!store.save(method, useTermlyAmount, sorted, expectedVersion, by, clock.instant())) {
            throw new Refused("method", "agreements.refused.settingsChanged");
        }
        int count;
        try {
            count = agreements.regenerateAllLines();
        } catch (Refused e) {
            throw new Refused("years", e.messageKey(), e.problems().get(0).getArguments());
        }
        events.publishEvent(new FundingEvents.PaymentSettingsChanged(before.method().name(), method.name(),
                before.useTermlyAmount(), useTermlyAmount, changedYears(before.years(), sorted), count, by));
        return count;
    }

    private static String changedYears(List<AcademicYearView> before, List<AcademicYearView> after) {
        List<String> changes = new ArrayList<>();
        for (AcademicYearView y : after) {
            AcademicYearView old = before.stream().filter(b -> b.startYear() == y.startYear()).findFirst().orElse(null);
            if (old == null) {
                changes.add("added " + y.startYear());
            } else if (!old.equals(y)) {
                changes.add("changed " + y.startYear());
            }
        }
        for (AcademicYearView b : before) {
            if (after.stream().noneMatch(y -> y.startYear() == b.startYear())) {
                changes.add("removed " + b.startYear());
            }
        }
        return changes.isEmpty() ? "term dates unchanged" : "term dates " + String.join(", ", changes);
    }

    /** The problems with these settings, without saving anything; empty when they are fine. */
    public static List<Problem> check(PaymentMethodKind method, List<AcademicYearView> years) {
        List<Problem> problems = new ArrayList<>();
        if (method == null) {
            problems.add(new Problem("method", "agreements.refused.methodMissing"));
        }
        if (years == null || years.isEmpty()) {
            problems.add(new Problem("years", "agreements.refused.yearsMissing"));
            return problems;
        }
        List<AcademicYearView> sorted = years.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(AcademicYearView::startYear)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startYear() != sorted.get(i - 1).startYear() + 1) {
                problems.add(new Problem("years", "agreements.refused.yearsNotConsecutive",
                        sorted.get(i - 1).startYear(), sorted.get(i).startYear()));
            }
        }
        for (AcademicYearView y : sorted) {
            String p = "y" + y.startYear();
            String name = y.startYear() + " to " + (y.startYear() + 1);
            LocalDate autumn = LocalDate.of(y.startYear(), Month.SEPTEMBER, 1);
            LocalDate end = LocalDate.of(y.startYear() + 1, Month.AUGUST, 31);
            if (y.springStart() == null) {
                problems.add(new Problem(p + "-springStart", "agreements.refused.springMissing", name));
            } else if (!y.springStart().isAfter(autumn) || y.springStart().isAfter(end)) {
                problems.add(new Problem(p + "-springStart", "agreements.refused.springOutOfYear", name,
                        y.startYear(), y.startYear() + 1));
            }
            if (y.summerStart() == null) {
                problems.add(new Problem(p + "-summerStart", "agreements.refused.summerMissing", name));
            } else if (y.summerStart().isAfter(end)
                    || (y.springStart() != null && !y.summerStart().isAfter(y.springStart()))) {
                problems.add(new Problem(p + "-summerStart", "agreements.refused.summerOutOfYear", name,
                        y.startYear() + 1));
            }
            int[] weights = {y.autumnWeight(), y.springWeight(), y.summerWeight()};
            boolean bad = false;
            for (int w : weights) {
                bad |= w < 0 || w > MAX_WEIGHT;
            }
            if (bad || weights[0] + weights[1] + weights[2] <= 0) {
                problems.add(new Problem(p + "-weights", "agreements.refused.weights", name, MAX_WEIGHT));
            }
        }
        return problems;
    }
}
