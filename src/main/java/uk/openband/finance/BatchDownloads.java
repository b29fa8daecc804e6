package uk.openband.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.finance.export.ExportWriter;
import uk.openband.finance.export.XlsxExportWriter;

/** The files of issued batches, exactly as issued: their formats, names and bytes. */
@Service
public class BatchDownloads {

    /** The formats every batch is stored in. */
    public static final List<String> FORMATS = List.of("csv", "xlsx");

    private final JdbcTemplate jdbc;
    private final ExportBatches batches;

    BatchDownloads(JdbcTemplate jdbc, ExportBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The writer whose files are stored under that format: its media type and extension. */
    public static ExportWriter writer(String format) {
        return "xlsx".equals(format) ? new XlsxExportWriter() : new CsvExportWriter();
    }

    /** The file name of a batch's file: {@code EXP-000012-FY2026.csv}. */
    public static String fileName(ExportBatch batch, String format) {
        return batch.reference() + "-" + batch.periodCode() + (batch.kind() == ExportKind.CHANGES ? "-changes" : "")
                + "." + format;
    }

    /**
     * Writes the file as issued to {@code out}, part by part (never more than one part of 1 MB in memory).
     *
     * @throws ExportNotFoundException when there is no such issued batch or format
     */
    public void download(long id, String format, OutputStream out) throws IOException {
        ExportBatch batch = batches.find(id).filter(ExportBatch::isIssued)
                .orElseThrow(() -> new ExportNotFoundException(id));
        if (!FORMATS.contains(format)) {
            throw new ExportNotFoundException(id);
        }
        List<Integer> parts = jdbc.queryForList("SELECT part_no FROM funding_export_file_part WHERE batch_id = ? "
                + "AND format = ? ORDER BY part_no", Integer.class, batch.id(), format);
        for (int part : parts) {
            byte[] bytes = jdbc.queryForObject("SELECT bytes FROM funding_export_file_part WHERE batch_id = ? "
                    + "AND format = ? AND part_no = ?", byte[].class, batch.id(), format, part);
            out.write(bytes);
        }
        out.flush();
    }
}
