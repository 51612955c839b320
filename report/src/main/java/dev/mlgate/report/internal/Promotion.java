package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.History.Degradation;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The promotion decision. PROMOTE only when the run is complete, at least one check ran, no suite
 * errored, and every blocking check passed (a blocking check that failed, was inconclusive, errored or
 * was skipped blocks, and an errored check blocks even when marked non-blocking). Retraining is
 * recommended when a drift check failed (blocking or not) or a gate degraded against the history.
 */
public record Promotion(boolean promote, List<String> reasons, List<Check> blockingFailures, List<Suite> erroredSuites,
                        List<Check> warnings, boolean partial, List<Artifact> candidateArtifacts,
                        boolean retrainRecommended, List<String> retrainReasons) {

    /** The version of promotion.json's schema; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 2;

    /** promotion.json's {@code state} while the run is under way, and once it has decided. */
    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";

    /** The decision word while a run is under way: never a promotion. */
    public static final String PENDING = "PENDING";

    /** Artifact roles whose files are the candidate model's: a comparison's candidate, a quality suite's predictions. */
    static final Set<String> CANDIDATE_ROLES = Set.of("candidate", "predictions");

    /** Decides on {@code run}, given the gates that degraded against the history. */
    public static Promotion decide(Run run, List<Degradation> degradations) {
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

        List<String> reasons = new ArrayList<>();
        errored.forEach(suite -> reasons.add("Suite " + suite.displayName() + " errored: " + suite.message()));
        blocking.forEach(check -> reasons.add("Blocking check " + check.title() + " " + check.status().word()
                + (check.message() == null ? "" : ": " + check.message())));
        if (run.info().complete() == null) {
            reasons.add("The run is not known to be complete: the engine did not report it, so it is treated as partial.");
        } else if (partial) {
            List<String> missing = run.info().missing();
            reasons.add("The run was partial (filtered to a subset of checks: -Dtest, a tag filter, an IDE rerun), and"
                    + " a partial run never promotes"
                    + (missing.isEmpty() ? "." : "; " + missing.size() + " not run" + (missing.size() > 3 ? ", e.g. " : ": ")
                    + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? " (all in report.json, run.missing)." : ".")));
        }
        if (!anyRan) {
            reasons.add("No check ran.");
        }
        boolean promote = reasons.isEmpty();
        if (promote) {
            long count = checks.stream().filter(Check::blocking).count();
            reasons.add("All " + count + " blocking checks passed in a complete run"
                    + (warnings.isEmpty() ? "." : "; " + warnings.size() + " non-blocking warnings."));
        }

        List<String> retrain = new ArrayList<>();
        checks.stream()
                .filter(check -> check.kind().equals("drift"))
                .filter(check -> check.status() == Status.FAILED || check.status() == Status.WARNING)
                .forEach(check -> retrain.add("Drift: " + check.title()
                        + (check.message() == null ? "" : ": " + check.message())));
        degradations.forEach(degradation -> retrain.add("Degraded: " + degradation.describe()));

        List<Artifact> candidates = run.suites().stream()
                .flatMap(suite -> suite.artifacts().stream())
                .filter(artifact -> artifact.role() != null && CANDIDATE_ROLES.contains(artifact.role()))
                .distinct()
                .toList();
        return new Promotion(promote, List.copyOf(reasons), blocking, errored, warnings, partial, candidates,
                !retrain.isEmpty(), List.copyOf(retrain));
    }

    /** The decision word: PROMOTE or REJECT. */
    public String decision() {
        return promote ? "PROMOTE" : "REJECT";
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
        ArrayNode reasonList = root.putArray("reasons");
        reasons.forEach(reasonList::add);
        root.put("reportSha256", reportSha256);
        ArrayNode failures = root.putArray("blockingFailures");
        erroredSuites.forEach(suite -> {
            ObjectNode item = failures.addObject();
            item.put("uniqueId", suite.uniqueId());
            item.put("name", suite.displayName());
            item.put("status", suite.status().word());
            Json.putText(item, "message", suite.message());
        });
        blockingFailures.forEach(check -> failures.add(checkItem(check)));
        ArrayNode warningList = root.putArray("warnings");
        warnings.forEach(check -> warningList.add(checkItem(check)));
        root.put("partial", partial);
        ArrayNode artifacts = root.putArray("candidateArtifacts");
        candidateArtifacts.forEach(artifact -> {
            ObjectNode item = artifacts.addObject();
            Json.putText(item, "path", artifact.path());
            Json.putText(item, "sha256", artifact.sha256());
        });
        ObjectNode retrain = root.putObject("retrain");
        retrain.put("recommended", retrainRecommended);
        ArrayNode retrainList = retrain.putArray("reasons");
        retrainReasons.forEach(retrainList::add);
        return Json.pretty(root);
    }

    /**
     * promotion.json's bytes while the run {@code stamp} is under way: never a promotion, so that a run
     * that dies (killed, out of memory) leaves "not promoted" behind instead of an earlier decision.
     */
    public static byte[] pending(RunStamp stamp) {
        ObjectNode root = header(stamp, RUNNING);
        root.put("decision", PENDING);
        root.putArray("reasons").add("The mlgate run " + stamp.runId() + " started at " + stamp.startedAt()
                + " and has not finished; if no run is under way, it died (killed, crashed or out of memory)"
                + " before deciding. Nothing is promoted until a complete run passes.");
        root.put("partial", true);
        root.putNull("reportSha256");
        return Json.pretty(root);
    }

    /**
     * promotion.json's bytes for a finished run {@code stamp} in which no mlgate check ran: REJECT, with
     * no report.json, because nothing was checked.
     */
    public static byte[] nothingRan(RunStamp stamp, java.time.Instant finishedAt, String why) {
        ObjectNode root = header(stamp, FINISHED);
        root.put("generatedAt", finishedAt.toString());
        root.put("decision", "REJECT");
        root.put("verdict", Status.SKIPPED.word());
        root.putArray("reasons").add(why);
        root.put("partial", true);
        root.putNull("reportSha256");
        root.putArray("blockingFailures");
        root.putArray("warnings");
        root.putArray("candidateArtifacts");
        ObjectNode retrain = root.putObject("retrain");
        retrain.put("recommended", false);
        retrain.putArray("reasons");
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

    private static ObjectNode checkItem(Check check) {
        ObjectNode item = Json.MAPPER.createObjectNode();
        item.put("uniqueId", check.uniqueId());
        item.put("name", check.title());
        item.put("status", check.status().word());
        Json.putText(item, "message", check.message());
        return item;
    }
}
