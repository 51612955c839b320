package dev.mlgate.maven.internal;

import java.time.Instant;
import java.util.List;

/**
 * The parts of promotion.json (schema versions 2 and 3) the gate reads; a reason of version 3, an object,
 * is read as its sentence: {@code name status: cause}, or the cause alone. {@code generatedAt}, {@code verdict}
 * and {@code reportSha256} may be {@code null}: a RUNNING file has none, a run in which no check ran
 * has no report hash.
 */
public record PromotionFile(int schemaVersion, String runId, String state, Instant startedAt, Instant generatedAt,
                            String decision, String verdict, List<String> reasons, boolean partial,
                            String reportSha256) {

    /** The schema version this plugin writes (when it revokes a PROMOTE) and reads. */
    public static final int SCHEMA_VERSION = 3;

    /** The earlier schema version it still reads: reasons were plain strings. */
    public static final int PREVIOUS_SCHEMA_VERSION = 2;

    /** Whether the run wrote its end state. */
    public boolean finished() {
        return "FINISHED".equals(state);
    }
}
