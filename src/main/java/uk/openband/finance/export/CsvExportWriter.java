package uk.openband.finance.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import uk.openband.common.Money;

/**
 * CSV as RFC 4180 has it: UTF-8 (no byte order mark), a header row, CRLF after every
 * row, and a field in double quotes when it holds a comma, a double quote, CR or LF
 * (a quotation mark inside is written twice). Dates are ISO ({@code 2025-04-30}); amounts are plain
 * numbers with two decimals and no pound sign ({@code 1234.50}); text is neutralised
 * ({@link SpreadsheetText}). There is no totals row: a CSV is read by machines; the
 * control total comes back in the {@link ExportResult}.
 */
public final class CsvExportWriter implements ExportWriter {

    private static final String CRLF = "\r\n";

    @Override
    public ExportResult write(Iterator<ExportRow> rows, OutputStream out) throws IOException {
        ChecksumOutputStream checksum = new ChecksumOutputStream(out);
        Writer writer = new BufferedWriter(new OutputStreamWriter(checksum, StandardCharsets.UTF_8), 64 * 1024);
        ExportColumn[] columns = ExportColumn.values();
        for (int c = 0; c < columns.length; c++) {
            field(writer, c, columns[c].header());
        }
        writer.write(CRLF);
        long count = 0;
        BigDecimal total = Money.ZERO;
        while (rows.hasNext()) {
            ExportRow row = rows.next();
            for (int c = 0; c < columns.length; c++) {
                field(writer, c, text(columns[c].valueOf(row)));
            }
            writer.write(CRLF);
            count++;
            total = total.add(row.amount());
        }
        writer.close();
        return new ExportResult(count, total, checksum.sha256());
    }

    /**
     * Writes one record as this writer does: fields separated by commas, each quoted only where RFC 4180
     * needs it (a comma, double quote, CR or LF), then CRLF. The caller neutralises text it does not trust.
     */
    public static void record(Writer writer, List<String> fields) throws IOException {
        for (int c = 0; c < fields.size(); c++) {
            field(writer, c, fields.get(c));
        }
        writer.write(CRLF);
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return SpreadsheetText.neutralise((String) value);
    }

    private static void field(Writer writer, int column, String value) throws IOException {
        if (column > 0) {
            writer.write(',');
        }
        if (value == null || value.isEmpty()) {
            return;
        }
        if (needsQuotes(value)) {
            writer.write('"');
            writer.write(value.replace("\"", "\"\""));
            writer.write('"');
        } else {
            writer.write(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }
}
