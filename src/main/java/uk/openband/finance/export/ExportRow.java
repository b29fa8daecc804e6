package uk.openband.finance.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.openband.common.Money;

/**
 * One row of a finance export: one payment line of one agreement, with what finance
 * needs to post it and trace it back. Text fields may be null (written empty); the
 * dates and amounts may not. See {@link ExportColumn} for the layout.
 */
public record ExportRow(String pupilUpn, String pupilName, String settingUrn, String laestab, String settingName,
        String band, BigDecimal annualAmount, LocalDate periodFrom, LocalDate periodTo, BigDecimal amount,
        String costCentre, String accountCode, String agreementReference, String decisionReference) {

    public ExportRow {
        annualAmount = Money.of(annualAmount);
        amount = Money.of(amount);
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("a line's period ends on or after its start");
        }
    }
}
