package uk.openband.agreements.internal.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import uk.openband.agreements.internal.awards.AwardPlan.Count;
import uk.openband.agreements.internal.awards.AwardPlan.PlannedAward;
import uk.openband.agreements.internal.awards.AwardPlan.Totals;
import uk.openband.common.Money;

/** The preview's counts: awards and annual cost in all, by setting, by band and by route; payments; legacy amounts. */
final class AwardTotals {

    private AwardTotals() {
    }

    static Totals of(List<PlannedAward> awards, LocalDate paymentsFrom, Function<String, String> routeName) {
        BigDecimal annual = Money.ZERO;
        BigDecimal lines = Money.ZERO;
        BigDecimal arrears = Money.ZERO;
        int legacy = 0;
        for (PlannedAward a : awards) {
            annual = annual.add(a.annualCostOn(paymentsFrom));
            lines = lines.add(a.lines() == null ? Money.ZERO : a.lines());
            arrears = arrears.add(a.arrears() == null ? Money.ZERO : a.arrears());
            legacy += a.legacy() ? 1 : 0;
        }
        return new Totals(annual, lines, arrears, legacy, count(awards, PlannedAward::settingLabel, paymentsFrom),
                count(awards, PlannedAward::bandLabel, paymentsFrom),
                count(awards, a -> routeName.apply(a.route()), paymentsFrom));
    }

    private static List<Count> count(List<PlannedAward> awards, Function<PlannedAward, String> heading,
            LocalDate paymentsFrom) {
        Map<String, BigDecimal[]> by = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (PlannedAward a : awards) {
            BigDecimal[] c = by.computeIfAbsent(heading.apply(a), k -> new BigDecimal[] {BigDecimal.ZERO, Money.ZERO});
            c[0] = c[0].add(BigDecimal.ONE);
            c[1] = c[1].add(a.annualCostOn(paymentsFrom));
        }
        List<Count> counts = new ArrayList<>();
        by.forEach((label, c) -> counts.add(new Count(label, c[0].intValue(), c[1])));
        return counts;
    }
}
