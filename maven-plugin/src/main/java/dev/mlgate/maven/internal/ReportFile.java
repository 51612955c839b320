package dev.mlgate.maven.internal;

import java.util.List;
import java.util.Map;

/**
 * The parts of report.json the gate reads: the SHA-256 of its bytes (to match promotion.json's
 * {@code reportSha256}), the check counts, whether the run was partial and what it left out, the
 * suite classes it ran, and the suites whose declaration is wrong.
 */
public record ReportFile(String sha256, Map<String, Integer> counts, boolean partial, List<String> missing,
                         List<String> suiteClasses, List<DeclarationError> declarationErrors) {

    /** The order counts are printed in. */
    public static final List<String> STATUSES = List.of("passed", "failed", "errored", "warning", "inconclusive", "skipped");

    /** A suite the engine could not run as declared. */
    public record DeclarationError(String suite, String message) {
    }
}
