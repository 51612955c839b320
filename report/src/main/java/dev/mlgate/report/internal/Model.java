package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/** The values a report is rendered from: one run, its suites and their checks, in unique-id order. */
public final class Model {

    private Model() {
    }

    /**
     * A whole run: lineage, suites in unique-id order, when the report was generated, and the approved
     * baselines (from a manifest) its suites compared with.
     */
    public record Run(RunInfo info, List<Suite> suites, Instant generatedAt, List<BaselineInForce> baselines) {

        /** A run whose suites named no baseline manifest. */
        public Run(RunInfo info, List<Suite> suites, Instant generatedAt) {
            this(info, suites, generatedAt, List.of());
        }

        /** Every check of every suite, in unique-id order. */
        public List<Check> checks() {
            return suites.stream().flatMap(suite -> suite.checks().stream()).toList();
        }

        /** The worst status of the run, over blocking checks and errored suites; warnings count from any check. */
        public Status verdict() {
            Status worst = Status.SKIPPED;
            for (Suite suite : suites) {
                if (suite.status() == Status.ERRORED) {
                    worst = worst.worse(Status.ERRORED);
                }
                for (Check check : suite.checks()) {
                    worst = worst.worse(check.effectiveStatus());
                }
            }
            return worst;
        }
    }

    /**
     * Lineage of a run. {@code complete} is null when the engine did not say; {@code missing} lists the
     * suites or checks of the class path that did not run; {@code model} is the model the run decides on.
     */
    public record RunInfo(String mlgateVersion, String jvm, String gitCommit, String seed, String configHash,
                          Boolean complete, List<String> missing, ModelIdentity model) {

        /** Lineage of a run that names no model. */
        public RunInfo(String mlgateVersion, String jvm, String gitCommit, String seed, String configHash,
                       Boolean complete, List<String> missing) {
            this(mlgateVersion, jvm, gitCommit, seed, configHash, complete, missing, ModelIdentity.UNNAMED);
        }
    }

    /** A suite: its kind, class, status, the load error when it errored, the artifacts it read and chart data. */
    public record Suite(String uniqueId, String kind, String className, String displayName, Status status,
                        String message, List<Artifact> artifacts, SortedMap<String, JsonNode> charts,
                        List<Check> checks) {
    }

    /**
     * A baseline in force that a suite read through its manifest: the manifest directory, the role of the file,
     * the entry in force and the approval it restores, when that model was approved and who wrote the entry.
     */
    public record BaselineInForce(String suiteId, String manifest, String role, String id, String origin,
                                  String action, Instant approvedAt, String by, String runId) {

        /** Whole days from approval to {@code now}. */
        public long ageDays(Instant now) {
            return Math.max(0, java.time.Duration.between(approvedAt, now).toDays());
        }

        /** One line for the summaries: which baseline, approved when and by whom, and how old. */
        public String describe(Instant now) {
            return "Baseline in force: " + manifest + " " + role + " " + id
                    + (origin != null && !origin.equals(id) ? " (rollback to " + origin + ")" : "")
                    + ", approved " + approvedAt + " by " + by + ", " + ageDays(now) + " days old";
        }
    }

    /**
     * One artifact a suite read, as the engine described it; {@code model} is the model whose predictions
     * it holds when the suite named one, else null (the run's model, or no model at all); {@code facts} holds
     * whatever else the engine published about it, by name (a model file's producer, opset and signature),
     * empty for a data file.
     */
    public record Artifact(String role, String path, String sha256, String rows, String bytes, String model,
                           SortedMap<String, String> facts) {

        /** An artifact of no named model. */
        public Artifact(String role, String path, String sha256, String rows, String bytes) {
            this(role, path, sha256, rows, bytes, null);
        }

        /** An artifact without further facts. */
        public Artifact(String role, String path, String sha256, String rows, String bytes, String model) {
            this(role, path, sha256, rows, bytes, model, new java.util.TreeMap<>());
        }
    }

    /**
     * One check, or one slice or column of a check. Numbers are kept as the text the engine published so
     * that they are written exactly as given.
     */
    public record Check(String uniqueId, String parentId, String kind, String className, String member,
                        String displayName, String slice, String column, Status status, boolean blocking,
                        String metric, String observed, String expected, String intervalLower,
                        String intervalUpper, String p, String pAdjusted, List<Example> examples, String message,
                        SortedMap<String, String> details, JsonNode histogram) {

        /** Whether this check decides promotion: blocking, or errored (an error is never trusted). */
        public boolean blocksWhenNotPassed() {
            return blocking || status == Status.ERRORED;
        }

        /**
         * The status as it counts for the run: a non-blocking check that failed or was inconclusive
         * counts as a warning; an error always counts as an error.
         */
        public Status effectiveStatus() {
            if (blocksWhenNotPassed() || status == Status.SKIPPED || status == Status.PASSED) {
                return status;
            }
            return Status.WARNING;
        }

        /** The suite's simple class name and the check's display name, with the slice or column if not in it. */
        public String title() {
            String owner = simpleName(className);
            String part = slice != null ? slice : column != null ? "column " + column : null;
            String title = owner == null ? displayName : owner + ": " + displayName;
            return part == null || displayName.contains(part) ? title : title + " [" + part + "]";
        }
    }

    /**
     * An example violation: the data row and the offending value, null for a missing one; {@code file} is
     * the part file the row is in (the row counted within it) for a dataset of several files, else null.
     */
    public record Example(String row, String value, String file) {

        /** An example of a dataset of one file. */
        public Example(String row, String value) {
            this(row, value, null);
        }
    }

    static String simpleName(String className) {
        if (className == null) {
            return null;
        }
        int dot = className.lastIndexOf('.');
        return className.substring(dot + 1);
    }
}
