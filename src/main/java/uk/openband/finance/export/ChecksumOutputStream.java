package uk.openband.finance.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes through, works out their SHA-256 as they go, and never closes the stream it wraps. */
final class ChecksumOutputStream extends FilterOutputStream {

    private final MessageDigest digest;

    ChecksumOutputStream(OutputStream out) {
        super(out);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
    }

    /** Flushes but leaves the wrapped stream open: it belongs to the caller. */
    @Override
    public void close() throws IOException {
        flush();
    }

    /** The SHA-256 of everything written so far, in lower-case hex. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
