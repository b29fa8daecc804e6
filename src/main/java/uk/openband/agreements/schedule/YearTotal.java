package uk.openband.agreements.schedule;

import java.math.BigDecimal;
import java.util.Objects;
import uk.openband.common.Money;

/** An agreement's pro-rated total for one financial year and the days it funds in it. */
public record YearTotal(FinancialYear year, long fundedDays, BigDecimal total) {

    public YearTotal {
        Objects.requireNonNull(year, "year");
        total = Money.of(total);
    }
}
