package dev.mlgate.parquet.internal;

import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a dataset, for lineage: of the file's bytes for one file, as {@code sha256sum} gives it;
 * for a directory, of each part file's name (UTF-8), a NUL byte and its bytes, in name order. A scan
 * reads only the column chunks it needs, so the bytes are digested by a sequential read of each part
 * after its rows are visited; a part that changed meanwhile (size or modification time) is an error.
 */
final class DatasetDigest {

    private static final int BUFFER = 1 << 16;

    private final boolean directory;
    private final MessageDigest digest;
    private long bytes;
    private BasicFileAttributes before;

    DatasetDigest(boolean directory) {
        this.directory = directory;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Notes the identity of {@code part} before its rows are read. */
    void begin(Path part) {
        before = attributes(part);
    }

    /** Digests every byte of {@code part}, checking it did not change since {@link #begin}. */
    void add(Path part, FileChannel channel) throws IOException {
        if (directory) {
            digest.update(part.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long position = 0;
        for (int n; (n = channel.read(buffer, position)) > 0; position += n) {
            digest.update(buffer.flip());
            buffer.clear();
        }
        bytes += position;
        BasicFileAttributes after = attributes(part);
        if (before == null || after == null || before.size() != after.size() || position != after.size()
                || !before.lastModifiedTime().equals(after.lastModifiedTime())) {
            throw ArtifactException.of(part, "changed while it was being read: its rows and SHA-256 would belong to"
                    + " neither version; rerun once whatever writes it has finished");
        }
    }

    long bytes() {
        return bytes;
    }

    String finish() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static BasicFileAttributes attributes(Path part) {
        try {
            return Files.readAttributes(part, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
