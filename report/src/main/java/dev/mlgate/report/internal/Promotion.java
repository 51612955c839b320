package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The promotion decision. PROMOTE only when the run is complete, at least one check ran, no suite
 * errored, and every blocking check passed (a blocking check that failed, was inconclusive, errored or
 * was skipped blocks, and an errored check blocks even when marked non-blocking). Reasons about the data
 * come first. Retraining is recommended when the {@link Retraining} section gives any signal.
 */
public record Promotion(boolean promote, List<Reason> causes, List<Check> blockingFailures, List<Suite> erroredSuites,
                        List<Check> warnings, boolean partial, String filter, ModelIdentity model,
                        List<PromotedArtifact> artifacts, Retraining retraining) {

    /** The version of promotion.json's schema; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 3;

    /** promotion.json's {@code state} while the run is under way, and once it has decided. */
    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";

    /** The decision word while a run is under way: never a promotion. */
    public static final String PENDING = "PENDING";

    /** Decides on {@code run}; {@code retraining} says whether and why to retrain the model in production. */
    public static Promotion decide(Run run, Retraining retraining) {
        List<Check> checks = run.checks();
        List<Check> blocking = checks.stream()
                .filter(check -> check.status() != Status.PASSED && check.blocksWhenNotPassed())
                .toList();
        List<Check> warnings = checks.stream().filter(check -> check.effectiveStatus() == Status.WARNING).toList();
        // A suite errored itself when it carries its own message (it could not be read); one whose status
        // only sums up an errored check is explained by that check, listed among the blocking ones.
        List<Suite> errored = run.suites().stream()
                .filter(suite -> suite.status() == Status.ERRORED && suite.message() != null).toList();
        boolean partial = !Boolean.TRUE.equals(run.info().complete());
        boolean anyRan = checks.stream().anyMatch(check -> check.status() != Status.SKIPPED);

        List<Reason> reasons = new ArrayList<>(blockingReasons(run, errored, blocking));
        String filter = null;
        if (run.info().complete() == null) {
            filter = "unknown: the engine did not say whether every check ran";
            reasons.add(Reason.ofRun(Reason.UNKNOWN_COMPLETENESS, "The run is not known to be complete: the engine"
                    + " did not report it, so it is treated as partial."));
        } else if (partial) {
            filter = RunFilter.describe(run.info().missing());
            reasons.add(Reason.ofRun(Reason.PARTIAL_RUN, "The run was partial (filtered to a subset of checks:"
                    + " -Dtest, a tag filter, an IDE rerun), and a partial run never promotes: " + filter));
        }
        if (!anyRan) {
            reasons.add(Reason.ofRun(Reason.NOTHING_RAN, "No check ran."));
        }
        boolean promote = reasons.isEmpty();
        if (promote) {
            long count = checks.stream().filter(Check::blocking).count();
            reasons.add(Reason.ofRun(Reason.ALL_PASSED, "All " + count + " blocking checks passed in a complete run"
                    + (warnings.isEmpty() ? "." : "; " + warnings.size() + " non-blocking warnings.")));
        }
        return new Promotion(promote, List.copyOf(reasons), blocking, errored, warnings, partial, filter,
                run.info().model(), PromotedArtifact.of(run), retraining);
    }

    /** Errored suites and blocking checks, upstream first: data contracts, then model quality, then comparisons. */
    private static List<Reason> blockingReasons(Run run, List<Suite> errored, List<Check> blocking) {
        record Ranked(int rank, int order, Reason reason) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Suite suite : run.suites()) {
            int rank = SuiteKind.rank(suite.kind());
            if (errored.contains(suite)) {
                ranked.add(new Ranked(rank, 0, new Reason(Reason.SUITE_ERROR, suite.uniqueId(), suite.displayName(),
                        suite.kind(), suite.status().word(), Causes.cut(firstLine(suite.message()), 400))));
            }
            for (Check check : suite.checks()) {
                if (blocking.contains(check)) {
                    ranked.add(new Ranked(rank, 1, new Reason(Reason.BLOCKING_CHECK, check.uniqueId(), check.title(),
                            check.kind(), check.status().word(), Causes.cut(Causes.of(check), 400))));
                }
            }
        }
        return ranked.stream().sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order))
                .map(Ranked::reason).toList();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
    }

    /** The decision word: PROMOTE or REJECT. */
    public String decision() {
        return promote ? "PROMOTE" : "REJECT";
    }

    /** The reasons as sentences, in order. */
    public List<String> reasons() {
        return causes.stream().map(Reason::text).toList();
    }

    /** Whether any signal says to retrain the model in production. */
    public boolean retrainRecommended() {
        return retraining.recommended();
    }

    /** The retraining signals as sentences. */
    public List<String> retrainReasons() {
        return retraining.signals().stream().map(RetrainingSignal::cause).toList();
    }

    /**
     * promotion.json's bytes for the finished run {@code stamp}, derived from the report.json whose
     * SHA-256 is {@code reportSha256}.
     */
    public byte[] render(Run run, RunStamp stamp, String reportSha256) {
        ObjectNode root = header(stamp, FINISHED);
        root.put("generatedAt", run.generatedAt().toString());
        root.put("decision", decision());
        root.put("verdict", run.verdict().word());
        ObjectNode identity = root.putObject("model");
        identity.put("name", model.name());
        identity.put("version", model.version());
        ArrayNode reasonList = root.putArray("reasons");
        causes.forEach(reason -> reasonList.add(reason.json()));
        root.put("partial", partial);
        root.put("filter", filter);
        root.put("reportSha256", reportSha256);
        ArrayNode warningList = root.putArray("warnings");
        warnings.forEach(check -> warningList.add(new Reason("warning", check.uniqueId(), check.title(), check.kind(),
                check.status().word(), Causes.cut(Causes.of(check), 400)).json()));
        ArrayNode artifactList = root.putArray("artifacts");
        artifacts.forEach(artifact -> artifactList.add(artifact.json()));
        root.set("retrain", retraining.json());
        return Json.pretty(root);
    }

    /**
     * promotion.json's bytes while the run {@code stamp} is under way: never a promotion, so that a run
     * that dies (killed, out of memory) leaves "not promoted" behind instead of an earlier decision.
     */
    public static byte[] pending(RunStamp stamp) {
        return PendingPromotion.render(stamp);
    }

    /**
     * promotion.json's bytes for a finished run {@code stamp} in which no mlgate check ran: REJECT, with
     * no report.json, because nothing was checked.
     */
    public static byte[] nothingRan(RunStamp stamp, Instant finishedAt, String why) {
        ObjectNode root = header(stamp, FINISHED);
        root.put("generatedAt", finishedAt.toString());
        root.put("decision", "REJECT");
        root.put("verdict", Status.SKIPPED.word());
        root.putArray("reasons").add(Reason.ofRun(Reason.NOTHING_RAN, why).json());
        root.put("partial", true);
        root.putNull("reportSha256");
        root.putArray("warnings");
        root.putArray("artifacts");
        root.set("retrain", Retraining.notEvaluated("no check ran, so no retraining trigger was evaluated").json());
        return Json.pretty(root);
    }

    private static ObjectNode header(RunStamp stamp, String state) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("runId", stamp.runId());
        root.put("state", state);
        root.put("startedAt", stamp.startedAt().toString());
        return root;
    }
}
