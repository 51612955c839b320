package dev.mlgate.data;

import dev.mlgate.data.internal.Sources;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens data and prediction files as {@link RowSource}s: the single entry point to artifact reading.
 *
 * <p>The file's {@link FileKind} and {@link Compression} come from its name (and gzip's magic bytes);
 * the {@link ArtifactFormat} says how to read delimited text. Opening reads the header only, so that a
 * missing column fails before any scan.
 */
public final class Artifacts {

    private Artifacts() {
    }

    /** Opens {@code file} with {@link ArtifactFormat#DEFAULT}. */
    public static RowSource open(Path file) {
        return open(file, ArtifactFormat.DEFAULT, ArtifactObserver.NONE);
    }

    /** Opens {@code file} with the given format. */
    public static RowSource open(Path file, ArtifactFormat format) {
        return open(file, format, ArtifactObserver.NONE);
    }

    /**
     * Opens {@code file}, telling {@code observer} of this open and of every later scan.
     *
     * @throws ArtifactException if the file is missing, unreadable, empty or has a bad header
     */
    public static RowSource open(Path file, ArtifactFormat format, ArtifactObserver observer) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(observer, "observer");
        return Sources.open(file, format, observer);
    }
}
