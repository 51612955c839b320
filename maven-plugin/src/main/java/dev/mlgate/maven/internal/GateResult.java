package dev.mlgate.maven.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * The gate's outcome: the summary's headline (PROMOTE, REJECT, or the first problem's title), the
 * problems that fail the build (none when it passes), and the files it can vouch for: the promotion
 * when it is this build's finished run, the report when it also matches that promotion.
 */
public record GateResult(String headline, List<Problem> problems, PromotionFile promotion, ReportFile report,
                         Path reportDirectory) {

    /** Whether the build may pass. */
    public boolean passed() {
        return problems.isEmpty();
    }
}
