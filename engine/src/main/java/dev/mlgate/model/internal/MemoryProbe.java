package dev.mlgate.model.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The peak growth of the process's resident memory while a session is created and scores, read from
 * Linux's {@code /proc/self/status}. Before each measured window the peak ({@code VmHWM}) is reset by
 * writing {@code 5} to {@code /proc/self/clear_refs}; the window's peak growth is {@code VmHWM} at its
 * end minus {@code VmRSS} at its start. Two windows are measured, session creation and scoring (the
 * features are read between them and do not count), and the session's peak is the larger of the
 * creation peak and the memory the session kept plus the scoring peak. Native allocations of the
 * runtime and any JVM heap growth in a window both count. Where the files are missing or the reset is
 * refused, no value is measured.
 */
final class MemoryProbe {

    /** How the value was measured, for the report. */
    static final String METHOD = "Linux /proc/self/status: peak resident set (VmHWM, reset via"
            + " /proc/self/clear_refs) minus VmRSS before, over session creation and over scoring";

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private boolean working = true;
    private long startRss;
    private long creationPeak;
    private long kept;
    private long scoringStartRss;
    private long scoringPeak;

    void beforeCreation() {
        startRss = reset();
    }

    void afterCreation() {
        creationPeak = read("VmHWM:") - startRss;
        kept = read("VmRSS:") - startRss;
    }

    void beforeScoring() {
        scoringStartRss = reset();
    }

    void afterScoring() {
        scoringPeak = read("VmHWM:") - scoringStartRss;
    }

    /** The session's peak growth in bytes, or empty when it could not be measured here. */
    OptionalLong peakBytes() {
        return working ? OptionalLong.of(Math.max(0, Math.max(creationPeak, Math.max(0, kept) + scoringPeak)))
                : OptionalLong.empty();
    }

    private long reset() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | RuntimeException e) {
            working = false;
        }
        return read("VmRSS:");
    }

    private long read(String field) {
        if (!working) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unreadable: no measurement
        }
        working = false;
        return 0;
    }
}
