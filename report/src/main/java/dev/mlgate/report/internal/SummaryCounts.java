package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.util.ArrayList;
import java.util.List;

/** The counts summary.md opens with: blocking failures, warnings, inconclusive checks, checks passed. */
record SummaryCounts(int blocking, int erroredSuites, int warnings, int inconclusive, int passed, int checks) {

    static SummaryCounts of(Run run, Promotion promotion) {
        List<Check> checks = run.checks();
        int inconclusive = (int) promotion.warnings().stream().filter(check -> check.status() == Status.INCONCLUSIVE)
                .count();
        return new SummaryCounts(promotion.blockingFailures().size() + promotion.erroredSuites().size(),
                promotion.erroredSuites().size(), promotion.warnings().size() - inconclusive, inconclusive,
                (int) checks.stream().filter(check -> check.status() == Status.PASSED).count(), checks.size());
    }

    /** One line: {@code **15 blocking failures** · 5 warnings · 2 inconclusive · 63 of 85 checks passed}. */
    String line() {
        List<String> parts = new ArrayList<>();
        parts.add(blocking == 0 ? "no blocking failure"
                : "**" + Figures.count(blocking) + (blocking == 1 ? " blocking failure" : " blocking failures")
                + (erroredSuites == 0 ? "" : " (" + Figures.count(erroredSuites) + " suite"
                + (erroredSuites == 1 ? "" : "s") + " errored)") + "**");
        parts.add(Figures.count(warnings) + (warnings == 1 ? " warning" : " warnings"));
        parts.add(Figures.count(inconclusive) + " inconclusive");
        parts.add(Figures.count(passed) + " of " + Figures.count(checks) + (checks == 1 ? " check" : " checks")
                + " passed");
        return String.join(" \u00b7 ", parts);
    }
}
