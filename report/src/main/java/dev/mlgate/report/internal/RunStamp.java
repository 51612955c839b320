package dev.mlgate.report.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Identifies one run for promotion.json: a random id and the time the run started. promotion.json
 * carries both from the run's start, so a reader (the Maven plugin, a deployment step) can tell this
 * build's decision from one an earlier build left behind, and a run that never finished from one that
 * did. They are kept out of report.json, which stays byte-identical for the same inputs.
 */
public record RunStamp(String runId, Instant startedAt) {

    /** A stamp for a run starting now. */
    public static RunStamp startingNow() {
        return new RunStamp(UUID.randomUUID().toString(), Instant.now());
    }
}
