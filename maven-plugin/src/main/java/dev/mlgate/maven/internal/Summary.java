package dev.mlgate.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The short block printed at the end of the build: the headline, the check counts and the decision's
 * reasons when the report is this build's own, and where report.html and summary.md are.
 */
public final class Summary {

    private Summary() {
    }

    /** The block's lines, without the log level prefix. */
    public static List<String> lines(GateInput in, GateResult result) {
        List<String> lines = new ArrayList<>();
        PromotionFile promotion = in.promotion().valueOrNull();
        String about = promotion == null ? "" : " (run " + promotion.runId() + ", started " + promotion.startedAt()
                + (result.promotion() == null ? "" : ", verdict " + result.promotion().verdict()) + ")";
        lines.add("mlgate: " + result.headline() + about);
        ReportFile report = result.report();
        if (report != null) {
            lines.add("  checks: " + ReportFile.STATUSES.stream()
                    .map(status -> report.counts().getOrDefault(status, 0) + " " + status)
                    .collect(Collectors.joining(", ")));
        } else {
            lines.add("  checks: no report.json of this build's run");
        }
        if (result.promotion() != null && !result.promotion().reasons().isEmpty()) {
            lines.add("  reasons:");
            lines.addAll(Texts.bullets(result.promotion().reasons(), "    ").lines().skip(1).toList());
        }
        if (result.problems().size() > 1) {
            lines.add("  problems: " + result.problems().stream().map(Problem::title).collect(Collectors.joining(", ")));
        }
        lines.add("  report:  " + describe(result.reportDirectory().resolve("report.html")));
        lines.add("  summary: " + describe(result.reportDirectory().resolve("summary.md")));
        return lines;
    }

    private static String describe(Path file) {
        return file + (Files.exists(file) ? "" : " (not written)");
    }
}
