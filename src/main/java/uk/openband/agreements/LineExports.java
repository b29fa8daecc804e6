package uk.openband.agreements;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which issued finance export batches paid each of an agreement's payment lines. The finance
 * module provides it (it owns the batches); the pupil funding page shows it beside each line.
 */
public interface LineExports {

    /** Every line's issued rows, by line id; a line never exported maps to an empty list. */
    Map<Long, List<ExportedLine>> exportsOfLines(long agreementId, List<PaymentLineView> lines);

    /** One issued row of a line: the batch, when it was issued, and whether it was an adjustment. */
    record ExportedLine(String batchReference, Instant issuedAt, String adjustment) {
    }
}
