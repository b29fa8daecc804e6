package uk.openband.finance.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.openband.finance.export.ExportRows.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Opens what the writer made with Apache POI, as a spreadsheet user would. */
class XlsxExportWriterTest {

    private final XlsxExportWriter writer = new XlsxExportWriter();

    @Test
    void writesTypedCellsAndATotalsRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = writer.write(List.of(
                row("O'Brien, Siân", "Band 3", "441.67"),
                row("Line one\nline two", "Band 1", "-0.05")).iterator(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Payments");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Pupil UPN");
            assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Decision reference");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("O'Brien, Siân");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("100001");
            Cell from = first.getCell(ExportColumn.PERIOD_FROM.ordinal());
            assertThat(from.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(from)).isTrue();
            assertThat(from.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 1));
            Cell amount = first.getCell(ExportColumn.AMOUNT.ordinal());
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(441.67);
            assertThat(amount.getCellStyle().getDataFormatString()).contains("£").contains("#,##0.00");
            assertThat(first.getCell(ExportColumn.ANNUAL_AMOUNT.ordinal()).getNumericCellValue()).isEqualTo(5300.0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Line one\nline two");

            Row totals = sheet.getRow(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            Cell total = totals.getCell(ExportColumn.AMOUNT.ordinal());
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(441.62);
            assertThat(total.getCellStyle().getDataFormatString()).contains("£");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
        assertThat(result.rowCount()).isEqualTo(2);
        assertThat(result.controlTotal()).isEqualTo(new BigDecimal("441.62"));
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRun() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(
                row("=HYPERLINK(\"http://evil.example\",\"Click\")", "-1", "12.00"),
                row("+44 7700 900000", "@SUM(A1)", "1.00"),
                row("\tTabbed", "\rReturned", "1.00")).iterator(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell hyperlink = sheet.getRow(1).getCell(1);
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("'-1");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'+44 7700 900000");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'\tTabbed");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).startsWith("'");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void moreLinesThanASheetHoldsFailRatherThanBeingCutShort() {
        assertThat(XlsxExportWriter.MAX_LINES).isEqualTo(1_048_574);
        XlsxExportWriter small = new XlsxExportWriter(10);

        assertThatThrownBy(() -> small.write(ExportRows.generated(11), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 10 payment lines");
        assertThatCode(() -> small.write(ExportRows.generated(10), new ByteArrayOutputStream()))
                .doesNotThrowAnyException();
    }

    @Test
    void theChecksumIsTheSha256OfTheBytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = writer.write(ExportRows.generated(300), out);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        assertThat(result.sha256()).isEqualTo(expected);
        assertThat(result.rowCount()).isEqualTo(300);
    }

    /**
     * fastexcel stamps the workbook's creation instant into {@code docProps/core.xml}, so
     * two runs give two checksums (an issued batch keeps its file and checksum); every
     * other part of the file is the same for the same rows.
     */
    @Test
    void theSameRowsMakeTheSameWorkbookApartFromItsCreationTime() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        writer.write(ExportRows.generated(300), first);
        Thread.sleep(5);
        writer.write(ExportRows.generated(300), second);

        Map<String, byte[]> a = entries(first.toByteArray());
        Map<String, byte[]> b = entries(second.toByteArray());
        assertThat(b.keySet()).isEqualTo(a.keySet()).contains("xl/worksheets/sheet1.xml", "docProps/core.xml");
        a.keySet().stream().filter(name -> !name.equals("docProps/core.xml"))
                .forEach(name -> assertThat(b.get(name)).as(name).isEqualTo(a.get(name)));
    }

    /** The parts of the file (read with ZipFile: the streamed entries carry their sizes after the data). */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            Map<String, byte[]> entries = new TreeMap<>();
            try (ZipFile in = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    try (InputStream part = in.getInputStream(entry)) {
                        entries.put(entry.getName(), part.readAllBytes());
                    }
                }
            }
            return entries;
        } finally {
            Files.delete(file);
        }
    }
}
