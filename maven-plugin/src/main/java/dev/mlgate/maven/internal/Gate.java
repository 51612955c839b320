package dev.mlgate.maven.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether the build passes: only on this build's finished, complete report, consistent with its
 * promotion.json, covering every suite class, with the required decision. The checks run in that order
 * and the first of the report's own problems (absent, stale, unfinished, inconsistent, partial) ends
 * the decision, since nothing after it can be trusted; suites not run, declaration errors and REJECT are
 * reported together.
 */
public final class Gate {

    private Gate() {
    }

    /** The outcome for {@code in}. */
    public static GateResult decide(GateInput in) {
        Path dir = in.reportDirectory();
        if (in.promotion() instanceof Loaded.Absent<PromotionFile>) {
            return fail(in, NotRun.problem(in), null);
        }
        if (in.promotion() instanceof Loaded.Unreadable<PromotionFile> unreadable) {
            return fail(in, new Problem("UNREADABLE REPORT", dir.resolve(ReportFiles.PROMOTION)
                    + " cannot be read: " + unreadable.why() + "."), null);
        }
        PromotionFile promotion = in.promotion().valueOrNull();
        String run = "run " + promotion.runId();
        if (promotion.startedAt() == null || promotion.startedAt().isBefore(in.buildStart())) {
            return fail(in, NotRun.stale(in, promotion), null);
        }
        if (!promotion.finished()) {
            return fail(in, new Problem("UNFINISHED RUN", "The mlgate " + run + " started at " + promotion.startedAt()
                    + " and never finished: " + dir.resolve(ReportFiles.PROMOTION) + " still says " + promotion.state()
                    + ", so the test JVM died, was killed, or ran out of memory before the run ended (look for a"
                    + " crashed fork in Surefire's output and target/surefire-reports). Not promoted: fix the crash"
                    + " and rerun the tests."), null);
        }
        if (!"PROMOTE".equals(promotion.decision()) && !"REJECT".equals(promotion.decision())) {
            return fail(in, new Problem("UNREADABLE REPORT", dir.resolve(ReportFiles.PROMOTION) + " of the finished "
                    + run + " has decision " + promotion.decision() + "; a finished run decides PROMOTE or REJECT."
                    + " Use mlgate-report and mlgate-maven-plugin of the same mlgate version."), null);
        }
        ReportFile report = null;
        if (promotion.reportSha256() != null) {
            Problem mismatch = Consistency.check(dir, promotion, in.report());
            if (mismatch != null) {
                return fail(in, mismatch, promotion);
            }
            report = in.report().valueOrNull();
        } else if ("PROMOTE".equals(promotion.decision())) {
            return fail(in, new Problem("INCONSISTENT REPORT", "promotion.json of " + run + " decides PROMOTE but"
                    + " names no report.json (reportSha256 is null), and a promotion needs the report that backs it."
                    + " Use mlgate-report and mlgate-maven-plugin of the same mlgate version, and rerun the tests."),
                    promotion);
        }
        List<String> notRun = notRun(in, report);
        if (promotion.partial() || report != null && report.partial()) {
            return new GateResult("PARTIAL RUN", List.of(NotRun.partial(in, run, report, notRun)), promotion, report,
                    dir);
        }

        List<Problem> problems = new ArrayList<>();
        if (!notRun.isEmpty()) {
            problems.add(NotRun.suitesNotRun(in, run, notRun));
        }
        if (report != null && !report.declarationErrors().isEmpty()) {
            problems.add(new Problem("DISCOVERY ERROR", "The mlgate " + run + " could not run "
                    + report.declarationErrors().size() + " suite(s) as declared; fix the declarations and rerun:"
                    + Texts.bullets(report.declarationErrors().stream()
                            .map(error -> error.suite() + ": " + error.message()).toList(), "  ")));
        }
        if ("REJECT".equals(promotion.decision()) && in.required() == RequiredDecision.PROMOTE) {
            problems.add(new Problem("REJECT", "mlgate decided REJECT for " + run + " (verdict " + promotion.verdict()
                    + "):" + Texts.bullets(promotion.reasons(), "  ") + "\n  The report is "
                    + dir.resolve("report.html") + " (summary: " + dir.resolve("summary.md") + "). Fix what the"
                    + " blocking checks found, or set requiredDecision to ANY if this job only wants the report."));
        }
        String headline = problems.isEmpty() ? promotion.decision() : problems.get(0).title();
        return new GateResult(headline, List.copyOf(problems), promotion, report, dir);
    }

    /** The suite classes found in the test classes that the report does not hold. */
    private static List<String> notRun(GateInput in, ReportFile report) {
        List<String> ran = report == null ? List.of() : report.suiteClasses();
        return in.testClasses().suites().stream().filter(suite -> !ran.contains(suite)).toList();
    }

    private static GateResult fail(GateInput in, Problem problem, PromotionFile promotion) {
        return new GateResult(problem.title(), List.of(problem), promotion, null, in.reportDirectory());
    }
}
