package uk.openband.finance.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.openband.finance.BatchDownloads;
import uk.openband.finance.ExportBatch;

/** What the pages show of a batch, formatted. */
final class ExportViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private ExportViews() {
    }

    /** A radio option. */
    public record Option(String value, String text) {
    }

    /** One batch as a row or a page. */
    public record BatchView(ExportBatch batch, String periodDates, String created, String issued, String csvName,
            String xlsxName) {
    }

    /** A batch with its times shown in {@code zone}, the configured time zone. */
    static BatchView of(ExportBatch b, ZoneId zone) {
        return new BatchView(b, DAY.format(b.periodFrom()) + " to " + DAY.format(b.periodTo()),
                WHEN.format(b.createdAt().atZone(zone)).replace("AM", "am").replace("PM", "pm"),
                b.issuedAt() == null ? null
                        : WHEN.format(b.issuedAt().atZone(zone)).replace("AM", "am").replace("PM", "pm"),
                BatchDownloads.fileName(b, "csv"),
                BatchDownloads.fileName(b, "xlsx"));
    }
}
