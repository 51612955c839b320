package dev.mlgate.report.internal;

import java.nio.file.Path;

/** A second process for the concurrency test: appends a number of run lines to a history file. */
public final class HistoryAppender {

    private HistoryAppender() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            History.append(file, Checks.run(true, Checks.gate("auc", Status.PASSED, "0." + (100 + i), ">= 0.1")));
        }
    }
}
