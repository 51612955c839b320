package dev.mlgate.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * An {@link ArtifactObserver} that counts opens and scans per file, for tests that prove an artifact is
 * read once. Files are compared by their absolute, normalized path.
 */
public final class ReadCounter implements ArtifactObserver {

    private final Map<Path, LongAdder> opens = new ConcurrentHashMap<>();
    private final Map<Path, LongAdder> scans = new ConcurrentHashMap<>();

    @Override
    public void onOpen(Path file) {
        opens.computeIfAbsent(key(file), k -> new LongAdder()).increment();
    }

    @Override
    public void onScan(Path file) {
        scans.computeIfAbsent(key(file), k -> new LongAdder()).increment();
    }

    /** How many times the header of {@code file} was read. */
    public long opens(Path file) {
        LongAdder count = opens.get(key(file));
        return count == null ? 0 : count.sum();
    }

    /** How many times {@code file} was scanned. */
    public long scans(Path file) {
        LongAdder count = scans.get(key(file));
        return count == null ? 0 : count.sum();
    }

    /** How many scans there were, of all files. */
    public long totalScans() {
        return scans.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
