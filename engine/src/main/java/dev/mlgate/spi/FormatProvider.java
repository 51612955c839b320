package dev.mlgate.spi;

import dev.mlgate.data.ArtifactFormat;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.RowSource;
import java.nio.file.Path;

/**
 * A reader for an artifact format the engine does not read itself, such as Parquet, contributed by a module
 * on the test class path and found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/dev.mlgate.spi.FormatProvider}), as JUnit finds test engines.
 *
 * <p>Before reading a file as CSV, TSV or JSON Lines, the engine asks every provider, in class path order,
 * whether it {@link #reads} the file; the first that does opens it. The engine itself depends on no format
 * library, so a heavy one (Parquet's decoders) is on a user's class path only when asked for.
 */
public interface FormatProvider {

    /** The format's name for messages, such as {@code Parquet}. */
    String name();

    /**
     * Whether this provider reads {@code file}: by its name, by its first bytes, or, for a directory, by
     * what it holds.
     *
     * @param file the file or directory, as the user named it
     * @param firstBytes up to the first 16 bytes of a regular file; empty for a directory or a file that
     *     cannot be read (the provider then explains the problem when opening)
     */
    boolean reads(Path file, byte[] firstBytes);

    /**
     * Opens {@code file}, reading what a {@link RowSource} must know up front (its columns).
     *
     * @param format the configured format; a binary format may ignore its text settings
     * @param observer told of this open and of every scan
     * @throws dev.mlgate.data.ArtifactException if the file cannot be read, naming it
     */
    RowSource open(Path file, ArtifactFormat format, ArtifactObserver observer);
}
