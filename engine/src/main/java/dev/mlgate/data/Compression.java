package dev.mlgate.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether an artifact's bytes are compressed.
 *
 * <p>A name ending in {@code .gz} promises gzip, and a file that does not start with the gzip magic bytes
 * is then an error. A file that starts with them is decompressed whatever its name, so a gzip file saved
 * as {@code data.csv} still reads.
 */
public enum Compression {
    /** Plain bytes. */
    NONE,
    /** gzip (RFC 1952), possibly several concatenated members. */
    GZIP;

    /** The compression a file's name promises. */
    public static Compression of(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? GZIP : NONE;
    }
}
