package dev.mlgate.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A report writer over a test {@link Disk}, for the listener's tests, which live in another package:
 * one that records its steps, or one that fails once at a step and goes on.
 */
public final class TestWriter {

    private final KillingDisk disk;

    private TestWriter(KillingDisk disk) {
        this.disk = disk;
    }

    /** A writer to the file system that records every step. */
    public static TestWriter recording() {
        return new TestWriter(KillingDisk.survivor(ProcessHandle.current().pid()));
    }

    /** A writer to the file system that throws {@code failure} at the first step starting with {@code step}. */
    public static TestWriter failingOnceAt(String step, Error failure) {
        return new TestWriter(KillingDisk.failingOnce(ProcessHandle.current().pid(), step, failure));
    }

    public ReportWriter writer() {
        return new ReportWriter(disk);
    }

    /** The steps so far, without directory and temporary file names, which differ from run to run. */
    public List<String> steps() {
        return normalized(disk.steps());
    }

    /** The steps {@code ReportKillTest} kills a passing run at, from an empty directory {@code dir}. */
    public static List<String> killedSteps(Path dir) throws IOException {
        KillingDisk survivor = KillingDisk.survivor(ProcessHandle.current().pid());
        ReportKillTest.run(survivor, dir, ReportKillTest.KILLED, ReportKillTest.KILLED_STAMP);
        return normalized(survivor.steps());
    }

    private static List<String> normalized(List<String> steps) {
        return steps.stream()
                .map(step -> step.startsWith("createDirectories ") ? "createDirectories" : step)
                .map(step -> step.replaceAll("\\.pid\\d+\\.[0-9a-f-]+\\.tmp$", ".tmp"))
                .toList();
    }
}
