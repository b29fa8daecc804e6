package uk.openband.finance.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.openband.common.Money;

/**
 * An Excel workbook with one sheet, "Payments", written as the rows come (fastexcel,
 * flushing every {@value #FLUSH_EVERY} rows; text as inline strings so there is no
 * shared-string table growing in memory). Row 1 is the header, then one row per payment
 * line, then a totals row: "Total" and the control total under Amount. Dates are date
 * cells shown {@code dd/mm/yyyy}; amounts are number cells in a pound currency format;
 * text is neutralised ({@link SpreadsheetText}).
 *
 * <p>A sheet holds at most 1,048,576 rows; an export with more lines fails part-way with
 * an {@link IllegalStateException} and its output must be thrown away (use CSV, or a
 * shorter period).
 */
public final class XlsxExportWriter implements ExportWriter {

    /** Excel's built-in UK pound currency format, negatives with a minus sign. */
    public static final String MONEY_FORMAT = "[$£-809]#,##0.00;-[$£-809]#,##0.00";

    /** Dates as UK readers expect them; the cell itself is a date. */
    public static final String DATE_FORMAT = "dd/mm/yyyy";

    static final String SHEET = "Payments";

    private static final int FLUSH_EVERY = 1000;

    /** A sheet's rows less the header and totals rows. */
    static final int MAX_LINES = Worksheet.MAX_ROWS - 2;

    private final int maxLines;

    public XlsxExportWriter() {
        this(MAX_LINES);
    }

    /** With a lower limit on lines, for tests. */
    XlsxExportWriter(int maxLines) {
        this.maxLines = Math.min(maxLines, MAX_LINES);
    }

    @Override
    public ExportResult write(Iterator<ExportRow> rows, OutputStream out) throws IOException {
        ChecksumOutputStream checksum = new ChecksumOutputStream(out);
        Workbook workbook = new Workbook(checksum, "OpenBand", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET);
        ExportColumn[] columns = ExportColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.inlineString(0, c, columns[c].header());
            sheet.style(0, c).bold().set();
            sheet.width(c, columns[c] == ExportColumn.PUPIL_NAME || columns[c] == ExportColumn.SETTING_NAME ? 30 : 16);
        }
        sheet.freezePane(0, 1);
        long count = 0;
        BigDecimal total = Money.ZERO;
        int r = 1;
        while (rows.hasNext()) {
            if (count >= maxLines) {
                throw new IllegalStateException("an XLSX sheet holds at most " + maxLines
                        + " payment lines; export a shorter period or as CSV");
            }
            ExportRow row = rows.next();
            for (int c = 0; c < columns.length; c++) {
                cell(sheet, r, c, columns[c].valueOf(row));
            }
            count++;
            total = total.add(row.amount());
            r++;
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.inlineString(r, 0, "Total");
        sheet.style(r, 0).bold().set();
        int amount = ExportColumn.AMOUNT.ordinal();
        sheet.value(r, amount, total);
        sheet.style(r, amount).format(MONEY_FORMAT).bold().set();
        workbook.finish();
        checksum.close();
        return new ExportResult(count, total, checksum.sha256());
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof BigDecimal amount) {
            sheet.value(r, c, amount);
            sheet.style(r, c).format(MONEY_FORMAT).set();
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (value != null && !((String) value).isEmpty()) {
            sheet.inlineString(r, c, SpreadsheetText.neutralise((String) value));
        }
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }
}
