package dev.mlgate.report;

import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Promotion;
import java.nio.file.Path;

/** The line a run prints at its end: the decision and, for a rejection, why, so a console says it all. */
final class ConsoleSummary {

    private static final int MAX_REASON = 300;

    private ConsoleSummary() {
    }

    static String line(Promotion promotion, Run run, Path reportDir) {
        String why = promotion.reasons().isEmpty() ? "" : cut(promotion.reasons().get(0));
        int more = promotion.reasons().size() - 1;
        return "mlgate: " + promotion.decision() + " (verdict " + run.verdict().word() + ") \u2014 " + why
                + (more > 0 ? " (+" + more + " more reason" + (more > 1 ? "s" : "") + ")" : "")
                + "; report in " + reportDir;
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "\u2026";
    }
}
