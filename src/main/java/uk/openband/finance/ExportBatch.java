package uk.openband.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An export batch as the pages and the API show it. Counts, total, checksums and sizes are null until the
 * batch is issued (rows total is known once its rows are taken, before the files are written).
 */
public record ExportBatch(long id, String reference, String periodKind, String periodCode, String periodLabel,
        LocalDate periodFrom, LocalDate periodTo, ExportKind kind, String previousReference, String repeatOfReference,
        ExportStatus status, long rowsDone, Long rowsTotal, Long lineCount, BigDecimal controlTotal, String csvSha256,
        String xlsxSha256, Long csvBytes, Long xlsxBytes, String failure, String createdBy, Instant createdAt,
        Instant issuedAt) {

    public boolean isRunning() {
        return status == ExportStatus.RUNNING;
    }

    public boolean isIssued() {
        return status == ExportStatus.ISSUED;
    }

    public boolean isFailed() {
        return status == ExportStatus.FAILED;
    }

    /** How far the files are written, 0 to 100 (each row is written twice: to the CSV and the XLSX file). */
    public int percentDone() {
        if (isIssued()) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return (int) Math.min(100, rowsDone * 100 / rowsTotal);
    }
}
