package uk.openband.finance.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Stores what is written as the parts of one file of a batch ({@code funding_export_file_part}), a part each
 * {@value #PART_SIZE} bytes, so that no more than one part is ever held in memory.
 */
final class FilePartOutputStream extends OutputStream {

    static final int PART_SIZE = 1024 * 1024;

    private final PreparedStatement insert;
    private final long batchId;
    private final String format;
    private final byte[] buffer = new byte[PART_SIZE];
    private int used;
    private int part;
    private long size;
    private boolean closed;

    FilePartOutputStream(Connection connection, long batchId, String format) throws SQLException {
        this.insert = connection.prepareStatement(
                "INSERT INTO funding_export_file_part (batch_id, format, part_no, bytes) VALUES (?, ?, ?, ?)");
        this.batchId = batchId;
        this.format = format;
    }

    @Override
    public void write(int b) throws IOException {
        if (used == PART_SIZE) {
            store();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == PART_SIZE) {
                store();
            }
            int n = Math.min(length, PART_SIZE - used);
            System.arraycopy(bytes, offset, buffer, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    private void store() throws IOException {
        if (used == 0) {
            return;
        }
        try {
            insert.setLong(1, batchId);
            insert.setString(2, format);
            insert.setInt(3, ++part);
            insert.setBytes(4, used == PART_SIZE ? buffer : Arrays.copyOf(buffer, used));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("could not store part " + part + " of the " + format + " file", e);
        }
        size += used;
        used = 0;
    }

    /** Stores the last part. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        store();
        try {
            insert.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Bytes stored so far. */
    long size() {
        return size;
    }
}
