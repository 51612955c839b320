package dev.mlgate.report.internal;

import java.util.Locale;

/**
 * The status of a check or suite in the report. The order is severity, worst last, so that the worst
 * status of a group is its maximum.
 */
public enum Status {
    SKIPPED,
    PASSED,
    WARNING,
    INCONCLUSIVE,
    FAILED,
    ERRORED;

    /** The word used in report.json: passed, failed, warning, inconclusive, errored or skipped. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the engine's {@code mlgate.verdict} word; unknown words read as {@link #ERRORED}. */
    static Status fromVerdict(String word) {
        for (Status status : values()) {
            if (status.word().equals(word)) {
                return status;
            }
        }
        return ERRORED;
    }

    /** The more severe of two statuses. */
    Status worse(Status other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
