package dev.mlgate.maven.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * The problems of suites that did not run in this build: no promotion.json at all, one left by an
 * earlier build, or a report that lacks some of the suite classes. Each names the suites and, through
 * {@link SurefireDiagnosis}, why Surefire did not run them.
 */
final class NotRun {

    private NotRun() {
    }

    static Problem problem(GateInput in) {
        Path file = in.reportDirectory().resolve(ReportFiles.PROMOTION);
        TestClasses classes = in.testClasses();
        if (classes.scanned() && classes.suites().isEmpty()) {
            return new Problem("NO SUITES", "There is no " + file + " and this module's test classes hold no mlgate"
                    + " suite (no concrete class annotated @DataContract, @ModelQuality or @BaselineComparison), so"
                    + " there is nothing to gate: configure mlgate-maven-plugin in the module whose tests hold the"
                    + " suites, or set warnOnly to let this module pass.");
        }
        String found = classes.scanned() ? ", yet the test classes hold " + count(classes.suites()) + ": "
                + Texts.list(classes.suites()) : "";
        return new Problem("NO REPORT", "No mlgate suite ran in this build: there is no " + file + found + "."
                + SurefireDiagnosis.explain(classes.suites(), classes, in.surefire()));
    }

    static Problem stale(GateInput in, PromotionFile promotion) {
        Path file = in.reportDirectory().resolve(ReportFiles.PROMOTION);
        TestClasses classes = in.testClasses();
        String started = promotion.startedAt() == null ? "has no start time"
                : "started at " + promotion.startedAt();
        return new Problem("STALE REPORT", file + " is from an earlier build: its run " + promotion.runId() + " "
                + started + ", before this build started at " + in.buildStart() + ", so no mlgate run in this build"
                + " wrote one. The tests must run in the same Maven invocation as this goal (mvn verify)."
                + SurefireDiagnosis.explain(classes.suites(), classes, in.surefire()));
    }

    static Problem partial(GateInput in, String run, ReportFile report, List<String> notRun) {
        List<String> missing = report == null ? List.of() : report.missing();
        List<String> skipped = notRun.stream().filter(suite -> !in.surefire().runs(suite)).toList();
        StringBuilder text = new StringBuilder("The mlgate " + run);
        if (skipped.isEmpty()) {
            text.append(" was partial (filtered to a subset: -Dtest, tags, an IDE rerun), and a partial run never"
                    + " promotes: run the whole suite (mvn verify without -Dtest or tag filters).");
        } else {
            text.append(" was partial, and a partial run never promotes: Surefire's filter did not pass ")
                    .append(count(skipped)).append(" to the engine: ").append(Texts.list(skipped)).append('.');
            IncludeAdvice.explain(skipped, in.surefire()).forEach(cause -> text.append("\n  - ").append(cause));
        }
        if (!missing.isEmpty()) {
            text.append(skipped.isEmpty() ? " " : "\n  ").append("Not run: ").append(Texts.list(missing)).append('.');
        }
        return new Problem("PARTIAL RUN", text.toString());
    }

    static Problem suitesNotRun(GateInput in, String run, List<String> notRun) {
        SurefireSetup surefire = in.surefire();
        StringBuilder text = new StringBuilder(count(notRun) + " in the test classes did not run in mlgate " + run
                + ", so the report does not cover them: " + Texts.list(notRun) + ".");
        SurefireDiagnosis.causes(notRun, in.testClasses(), surefire).forEach(cause -> text.append("\n  - ").append(cause));
        List<String> included = notRun.stream().filter(surefire::runs).toList();
        if (!included.isEmpty()) {
            text.append("\n  - ").append(Texts.list(included)).append(included.size() == 1 ? " matches" : " match")
                    .append(" Surefire's includes, yet the run reported no suite for ")
                    .append(included.size() == 1 ? "it" : "them").append(": look in the test output for a discovery")
                    .append(" issue naming the class (a declaration the engine rejected), or for a <groups>,")
                    .append(" <excludedGroups> or tag filter that left it out.");
        }
        return new Problem("SUITES NOT RUN", text.toString());
    }

    private static String count(List<String> suites) {
        return suites.size() + (suites.size() == 1 ? " mlgate suite" : " mlgate suites");
    }
}
