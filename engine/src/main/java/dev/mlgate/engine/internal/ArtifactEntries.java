package dev.mlgate.engine.internal;

import dev.mlgate.data.ScanSummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lineage of the artifacts a suite read, as report entries: {@code mlgate.artifact.<i>.role},
 * {@code .path}, {@code .rows}, {@code .bytes} and {@code .sha256} (when the backend computed it), in the
 * order they were read, and {@code .model} for predictions a suite declares to be another model's than the run's.
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
        return add(role, summary, "");
    }

    /** Adds one artifact with its role and the model whose predictions it holds; a blank model is the run's. */
    public ArtifactEntries add(String role, ScanSummary summary, String model) {
        return add(role, summary, model, Map.of());
    }

    /**
     * Adds one artifact with its role, its model and further named facts, such as a model file's opset and
     * signature, written as {@code mlgate.artifact.<i>.<name>} after the lineage.
     */
    public ArtifactEntries add(String role, ScanSummary summary, String model, Map<String, String> facts) {
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
        if (!model.isBlank()) {
            entries.put(prefix + "model", model.strip());
        }
        facts.forEach((name, value) -> entries.put(prefix + name, value));
        return this;
    }

    /** The entries, in insertion order. */
    public Map<String, String> toMap() {
        return new LinkedHashMap<>(entries);
    }
}
