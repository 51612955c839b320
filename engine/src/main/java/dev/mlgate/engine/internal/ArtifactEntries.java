package dev.mlgate.engine.internal;

import dev.mlgate.data.ScanSummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lineage of the artifacts a suite read, as report entries: {@code mlgate.artifact.<i>.role},
 * {@code .path}, {@code .rows}, {@code .bytes} and {@code .sha256} (when the backend computed it), in the
 * order they were read.
 */
public final class ArtifactEntries {

    private final Map<String, String> entries = new LinkedHashMap<>();
    private final Path basedir;
    private int count;

    /** Entries whose paths are written relative to {@code basedir} when inside it, so reports travel. */
    public ArtifactEntries(Path basedir) {
        this.basedir = basedir;
    }

    /** Adds one artifact with its role in the suite, such as {@code data} or {@code reference}. */
    public ArtifactEntries add(String role, ScanSummary summary) {
        String prefix = ResultEntries.PREFIX + "artifact." + count++ + ".";
        entries.put(prefix + "role", role);
        Path file = summary.file().toAbsolutePath().normalize();
        entries.put(prefix + "path", (file.startsWith(basedir) ? basedir.relativize(file) : file).toString()
                .replace('\\', '/'));
        entries.put(prefix + "rows", Long.toString(summary.rows()));
        entries.put(prefix + "bytes", Long.toString(summary.bytes()));
        if (!summary.sha256().isEmpty()) {
            // a backend that reads the data elsewhere (Spark) has no digest of its bytes: no entry, never a blank one
            entries.put(prefix + "sha256", summary.sha256());
        }
        return this;
    }

    /** The entries, in insertion order. */
    public Map<String, String> toMap() {
        return new LinkedHashMap<>(entries);
    }
}
