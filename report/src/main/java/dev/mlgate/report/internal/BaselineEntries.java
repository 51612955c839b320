package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.BaselineInForce;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** The baseline in force a suite published ({@code mlgate.baseline.*}, see the engine's ManifestReference). */
final class BaselineEntries {

    static final String PREFIX = Entries.PREFIX + "baseline.";

    private BaselineEntries() {
    }

    /** The suite's baseline in force, if it read one through a manifest. */
    static Optional<BaselineInForce> of(String suiteId, Map<String, String> entries) {
        String id = entries.get(PREFIX + "id");
        String approvedAt = entries.get(PREFIX + "approvedAt");
        if (id == null || approvedAt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BaselineInForce(suiteId, entries.get(PREFIX + "manifest"), entries.get(PREFIX + "role"),
                    id, entries.get(PREFIX + "origin"), entries.get(PREFIX + "action"), Instant.parse(approvedAt),
                    entries.get(PREFIX + "by"), entries.get(PREFIX + "runId")));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an engine of another version: the report names no baseline rather than fail
        }
    }
}
