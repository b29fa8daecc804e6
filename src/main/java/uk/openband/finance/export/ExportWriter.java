package uk.openband.finance.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes payment rows to a file format as they come, holding only the current row, and
 * leaves the output stream open for the caller to close.
 */
public interface ExportWriter {

    /** Writes every row to {@code out}; returns the row count, control total and checksum. */
    ExportResult write(Iterator<ExportRow> rows, OutputStream out) throws IOException;

    /** The same for a stream, consumed once (the caller closes it). */
    default ExportResult write(Stream<ExportRow> rows, OutputStream out) throws IOException {
        return write(rows.iterator(), out);
    }

    /** The file's media type, for a download. */
    String contentType();

    /** The file name extension, without the dot. */
    String extension();
}
