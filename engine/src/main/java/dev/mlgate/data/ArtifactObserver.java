package dev.mlgate.data;

import java.nio.file.Path;

/**
 * Told each time an artifact is opened (its header read) or scanned (all of it read).
 *
 * <p>The engine promises one pass per artifact; this hook lets a test, or a progress report, see the
 * reads as they happen. Implementations must be thread-safe: sources may be scanned concurrently.
 *
 * @see ReadCounter
 */
public interface ArtifactObserver {

    /** An observer that ignores everything. */
    ArtifactObserver NONE = new ArtifactObserver() {
    };

    /** The header of {@code file} was read by {@link Artifacts#open}. */
    default void onOpen(Path file) {
    }

    /** A scan of {@code file} is starting; it reads the whole file. */
    default void onScan(Path file) {
    }
}
