package uk.openband.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook as a {@link Csv.Table}: its first row is the header, each
 * other row keeps its spreadsheet row number as its line, and empty rows are skipped. Cells become the
 * text a CSV would hold: dates as {@code yyyy-mm-dd}, whole numbers without a decimal point, other numbers
 * in plain notation, formulas as their cached value.
 */
public final class Xlsx {

    /** The four bytes every XLSX (a ZIP file) starts with. */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private Xlsx() {
    }

    /** True when the bytes look like an XLSX workbook rather than text. */
    public static boolean looksLikeXlsx(byte[] bytes) {
        if (bytes.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (bytes[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    public static Csv.Table read(byte[] bytes) throws Csv.CsvException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Csv.CsvException("the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            List<Csv.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = values(row, header == null ? -1 : header.size());
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = values;
                } else {
                    rows.add(new Csv.Row(row.getRowNum() + 1, values));
                }
            }
            if (header == null) {
                throw new Csv.CsvException("the file has no header row");
            }
            return new Csv.Table(header, rows);
        } catch (IOException | RuntimeException e) {
            throw new Csv.CsvException("the file is not a workbook OpenBand can read (XLSX)");
        }
    }

    private static List<String> values(Row row, int width) {
        int last = Math.max(row.getLastCellNum(), width);
        List<String> values = new ArrayList<>(Math.max(last, 0));
        for (int i = 0; i < last; i++) {
            values.add(text(row.getCell(i)));
        }
        return values;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            default -> "";
        };
    }

    private static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
