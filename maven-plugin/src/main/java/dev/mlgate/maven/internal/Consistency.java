package dev.mlgate.maven.internal;

import java.nio.file.Path;

/** Whether report.json on disk is the one promotion.json's run wrote, by the SHA-256 promotion.json recorded. */
final class Consistency {

    private Consistency() {
    }

    /** The problem, or {@code null} when report.json is the run's own. */
    static Problem check(Path dir, PromotionFile promotion, Loaded<ReportFile> report) {
        String expected = promotion.reportSha256();
        Path file = dir.resolve(ReportFiles.REPORT);
        String run = "run " + promotion.runId();
        if (report instanceof Loaded.Absent<ReportFile>) {
            return new Problem("INCONSISTENT REPORT", "promotion.json of " + run + " names a report.json with SHA-256 "
                    + expected + ", but " + file + " does not exist: it was deleted or never copied with"
                    + " promotion.json. Rerun the tests.");
        }
        if (report instanceof Loaded.Unreadable<ReportFile> unreadable) {
            return new Problem("UNREADABLE REPORT", file + " cannot be read: " + unreadable.why()
                    + ".");
        }
        String actual = report.valueOrNull().sha256();
        if (!actual.equalsIgnoreCase(expected)) {
            return new Problem("INCONSISTENT REPORT", "report.json and promotion.json come from different runs:"
                    + " promotion.json of " + run + " expects report.json with SHA-256 " + expected + ", but " + file
                    + " has SHA-256 " + actual + " (another build writing the same directory, a file restored from"
                    + " a cache, an edit). Rerun the tests so both files come from one run.");
        }
        return null;
    }
}
