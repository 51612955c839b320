package dev.mlgate.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The raw bytes of a file as they are read, hashed with SHA-256 on the way. The hash sits below any
 * buffering and decompression, so it covers the file as stored; {@link #finish()} reads whatever the
 * parser left unread (a gzip trailer, say) so the digest always covers the whole file.
 */
final class DigestingInput extends DigestInputStream {

    private long bytes;
    private String sha256;

    private final FileIdentity identity;

    DigestingInput(InputStream raw, FileIdentity identity) {
        super(raw, sha256());
        this.identity = identity;
    }

    /** The file's identity when reading began, or null when it could not be read. */
    FileIdentity identity() {
        return identity;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            bytes++;
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            bytes += count;
        }
        return count;
    }

    /** Reads the rest of the file into the digest and returns its hexadecimal SHA-256. */
    String finish() throws IOException {
        if (sha256 == null) {
            byte[] rest = new byte[64 * 1024];
            while (read(rest, 0, rest.length) >= 0) {
                // Only the digest needs these bytes.
            }
            sha256 = HexFormat.of().formatHex(getMessageDigest().digest());
        }
        return sha256;
    }

    /**
     * A parser may close its input as soon as it reads the end, before the scan asks for the digest, so
     * closing fixes the digest of what was read. After a complete scan that is the whole file; after a
     * failed one nobody asks, and nothing more is read.
     */
    @Override
    public void close() throws IOException {
        if (sha256 == null) {
            sha256 = HexFormat.of().formatHex(getMessageDigest().digest());
        }
        super.close();
    }

    long bytes() {
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
