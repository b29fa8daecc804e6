package uk.openband.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment line of an agreement: the days it pays for (inside one financial year, which
 * starts on 1 April of {@code financialYear}), its label, kind (REGULAR or ARREARS) and amount.
 */
public record PaymentLineView(long id, long agreementId, int lineNo, int financialYear, LocalDate periodFrom,
        LocalDate periodTo, String label, String kind, BigDecimal amount) {
}
