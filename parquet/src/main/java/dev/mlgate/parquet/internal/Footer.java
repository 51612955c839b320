package dev.mlgate.parquet.internal;

import dev.mlgate.data.ArtifactException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;

/**
 * Reads a Parquet file's footer: the magic bytes at both ends, the footer length, and the Thrift
 * {@code FileMetaData}. Each way a file can fail here (too short, not Parquet, cut short, encrypted, a
 * corrupt footer) has its own message, naming the file.
 */
final class Footer {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_MAGIC = "PARE".getBytes(StandardCharsets.US_ASCII);
    /** Magic, footer length and magic again: the least a Parquet file holds. */
    private static final int MIN_SIZE = 12;

    private Footer() {
    }

    /** The footer of {@code file}, open as {@code channel}. */
    static FileMetaData read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        byte[] head = Channels.read(channel, 0, (int) Math.min(MAGIC.length, size));
        if (!Arrays.equals(head, MAGIC)) {
            throw ArtifactException.of(file, "is not a Parquet file: it does not start with the magic bytes PAR1");
        }
        if (size < MIN_SIZE) {
            throw ArtifactException.of(file, "is truncated: it has " + size + " bytes, fewer than the " + MIN_SIZE
                    + " of the smallest Parquet file");
        }
        ByteBuffer tail = ByteBuffer.wrap(Channels.read(channel, size - 8, 8)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = Arrays.copyOfRange(tail.array(), 4, 8);
        if (Arrays.equals(magic, ENCRYPTED_MAGIC)) {
            throw ArtifactException.of(file, "is an encrypted Parquet file (its footer is encrypted), which mlgate"
                    + " cannot read");
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw ArtifactException.of(file, "is truncated: it does not end with the magic bytes PAR1, as a complete"
                    + " Parquet file does (a file cut short, or still being written)");
        }
        int length = tail.getInt(0);
        if (length <= 0 || length > size - MIN_SIZE) {
            throw ArtifactException.of(file, "has a corrupt footer: its length field says " + length + " bytes, but"
                    + " the file holds " + (size - MIN_SIZE) + " bytes between its magic bytes");
        }
        byte[] footer = Channels.read(channel, size - 8 - length, length);
        try {
            return Util.readFileMetaData(new ByteArrayInputStream(footer));
        } catch (IOException | RuntimeException e) {
            throw ArtifactException.of(file, "has a corrupt footer: its metadata cannot be decoded ("
                    + Channels.describe(e) + ")");
        }
    }
}
