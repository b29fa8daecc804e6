package uk.openband.finance.export;

import java.math.BigDecimal;
import java.util.Objects;
import uk.openband.common.Money;

/**
 * What a writer produced: the number of payment rows (header and totals rows not
 * counted), the control total (the sum of their amounts) and the SHA-256 of the file's
 * bytes, in lower-case hex.
 */
public record ExportResult(long rowCount, BigDecimal controlTotal, String sha256) {

    public ExportResult {
        controlTotal = Money.of(controlTotal);
        Objects.requireNonNull(sha256, "sha256");
    }
}
