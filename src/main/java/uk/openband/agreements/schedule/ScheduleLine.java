package uk.openband.agreements.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.openband.common.Money;

/**
 * One payment line: the days it pays for (inside one financial year), what they are
 * called ("May 2025", "Autumn 2025"), the amount to the penny and its kind.
 */
public record ScheduleLine(FinancialYear year, DateRange period, String label, BigDecimal amount, LineKind kind) {

    public ScheduleLine {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        amount = Money.of(amount);
    }

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }
}
