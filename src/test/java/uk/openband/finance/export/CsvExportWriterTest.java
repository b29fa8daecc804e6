package uk.openband.finance.export;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.openband.finance.export.ExportRows.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.openband.testsupport.Rfc4180;

class CsvExportWriterTest {

    private final CsvExportWriter writer = new CsvExportWriter();

    @Test
    void writesAHeaderAndOneRecordPerRowThatParseBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = writer.write(List.of(
                row("O'Brien, Siân \"Shiv\"", "Band 3", "441.67"),
                row("Line one\r\nline two", "Band 1", "0.05")).iterator(), out);

        List<List<String>> records = parse(out.toString(StandardCharsets.UTF_8));
        assertThat(records).hasSize(3);
        assertThat(records.get(0)).containsExactly("Pupil UPN", "Pupil name", "Setting URN", "LAESTAB",
                "Setting name", "Band", "Annual amount", "Period from", "Period to", "Amount", "Cost centre",
                "Account code", "Agreement reference", "Decision reference");
        assertThat(records.get(1)).containsExactly("A123456789012", "O'Brien, Siân \"Shiv\"", "100001", "8812001",
                "Oak Primary School", "Band 3", "5300.00", "2025-04-01", "2025-04-30", "441.67", "HN100", "4101",
                "AGR-000001", "DEC-000001");
        assertThat(records.get(2).get(1)).isEqualTo("Line one\r\nline two");
        assertThat(result.rowCount()).isEqualTo(2);
        assertThat(result.controlTotal()).isEqualTo(new BigDecimal("441.72"));
    }

    @Test
    void endsEveryRecordWithCrlfAndQuotesOnlyWhenNeeded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(row("Ann \"Nan\" Lee", "Band 2", "10.00")).iterator(), out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("DEC-000001\r\n");
        assertThat(text.split("\r\n", -1)).hasSize(3);
        assertThat(text).contains(",\"Ann \"\"Nan\"\" Lee\",100001,");
        assertThat(out.toByteArray()[0]).isEqualTo((byte) 'P');
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRun() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(Stream.of(
                row("=HYPERLINK(\"http://evil.example\",\"Click\")", "-1", "12.00"),
                row("+44 7700 900000", "@SUM(A1)", "-12.00"),
                row("\tTabbed", "\rReturned", "1.00")), out);

        List<List<String>> records = parse(out.toString(StandardCharsets.UTF_8));
        assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(records.get(1).get(5)).isEqualTo("'-1");
        assertThat(records.get(2).get(1)).isEqualTo("'+44 7700 900000");
        assertThat(records.get(2).get(5)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(3).get(1)).isEqualTo("'\tTabbed");
        assertThat(records.get(3).get(5)).isEqualTo("'\rReturned");
        // an amount is a number we format, not text: a negative adjustment stays a number
        assertThat(records.get(2).get(9)).isEqualTo("-12.00");
    }

    @Test
    void theChecksumIsTheSha256OfTheBytesAndStableForTheSameRows() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ExportResult a = writer.write(ExportRows.generated(500), first);
        ExportResult b = writer.write(ExportRows.generated(500), second);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.toByteArray()));
        assertThat(a.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(b.sha256()).isEqualTo(a.sha256());
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void noRowsIsAHeaderAndAZeroTotal() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = writer.write(List.<ExportRow>of().iterator(), out);

        assertThat(parse(out.toString(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(result.rowCount()).isZero();
        assertThat(result.controlTotal()).isEqualTo(new BigDecimal("0.00"));
    }

    static List<List<String>> parse(String text) {
        return Rfc4180.parse(text);
    }
}
