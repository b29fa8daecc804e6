package uk.openband.finance.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * 200,000 rows made one at a time and written to a stream that keeps nothing: the
 * writers must get through without the rows ever being held together. How much heap
 * and time they take is measured in the benchmark (docs/benchmarks.md), not here.
 */
class ExportStreamingTest {

    private static final int ROWS = 200_000;

    @Test
    void csvStreamsTwoHundredThousandRows() throws IOException {
        CountingSink sink = new CountingSink();

        ExportResult result = new CsvExportWriter().write(ExportRows.generated(ROWS), sink);

        assertThat(result.rowCount()).isEqualTo(ROWS);
        assertThat(result.controlTotal()).isEqualTo(expectedTotal());
        assertThat(sink.bytes).isGreaterThan(ROWS * 100L);
    }

    @Test
    void xlsxStreamsTwoHundredThousandRows() throws IOException {
        CountingSink sink = new CountingSink();

        ExportResult result = new XlsxExportWriter().write(ExportRows.generated(ROWS), sink);

        assertThat(result.rowCount()).isEqualTo(ROWS);
        assertThat(result.controlTotal()).isEqualTo(expectedTotal());
        assertThat(sink.bytes).isGreaterThan(ROWS * 10L);
    }

    private static BigDecimal expectedTotal() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Iterator<ExportRow> rows = ExportRows.generated(ROWS); rows.hasNext();) {
            total = total.add(rows.next().amount());
        }
        return total;
    }

    /** Counts the bytes and drops them. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
