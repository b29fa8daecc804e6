package uk.openband.finance.internal.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.finance.export.SpreadsheetText;

/**
 * A statement as CSV, written as the finance export writes its files: UTF-8 without a byte order
 * mark, RFC 4180 (a header row, CRLF after every row, quotes only where needed), ISO dates, amounts
 * as plain numbers with two decimals, text neutralised against formulas ({@link SpreadsheetText}).
 * Unlike the export it ends with a "Total" row, because a school reads it to reconcile its payments.
 */
final class StatementCsv {

    static final List<String> HEADERS = List.of("Setting URN", "Setting name", "Period", "Pupil UPN", "Pupil name",
            "Band", "Agreement reference", "Line", "Kind", "Period from", "Period to", "Due", "Amount");
    static final String TOTAL = "Total";

    private StatementCsv() {
    }

    static byte[] write(Statement statement) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvExportWriter.record(out, HEADERS);
            for (Statement.PupilLines pupil : statement.pupils()) {
                for (Statement.Line line : pupil.lines()) {
                    CsvExportWriter.record(out, List.of(text(statement.setting().urn()), text(statement.setting().name()),
                            statement.period().code(), text(pupil.upn()), text(pupil.name()), text(line.band()),
                            text(line.reference()), text(line.label()), line.kind(), line.periodFrom().toString(),
                            line.periodTo().toString(), line.due().toString(), line.amount().toPlainString()));
                }
            }
            CsvExportWriter.record(out, List.of(TOTAL, "", statement.period().code(), "", "", "", "", "", "", "", "", "",
                    statement.total().toPlainString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetText.neutralise(value);
    }
}
