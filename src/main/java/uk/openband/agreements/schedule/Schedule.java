package uk.openband.agreements.schedule;

import java.math.BigDecimal;
import java.util.List;
import uk.openband.common.Money;

/**
 * An agreement's payment lines in date order, and its pro-rated total per financial
 * year. The lines of each year add up exactly to that year's total.
 */
public record Schedule(List<ScheduleLine> lines, List<YearTotal> years) {

    public Schedule {
        lines = List.copyOf(lines);
        years = List.copyOf(years);
    }

    /** Everything the schedule pays. */
    public BigDecimal total() {
        return years.stream().map(YearTotal::total).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The lines of one financial year. */
    public List<ScheduleLine> linesIn(FinancialYear year) {
        return lines.stream().filter(l -> l.year().equals(year)).toList();
    }
}
