package dev.mlgate.lifecycle.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.lifecycle.LifecycleException;
import dev.mlgate.lifecycle.RecordedMetric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished run that decided PROMOTE, read from its promotion.json and the report.json that file names by
 * digest: the only kind of run whose candidate may become the baseline. Reading refuses, naming why, a
 * missing or unfinished decision, a REJECT, a report.json replaced after the decision, and a decision older
 * than the allowed age (a stale run proves nothing about the files as they are now).
 */
public record PromotedRun(String runId, Instant generatedAt, String reportSha256, String gitCommit,
                          List<RunArtifact> artifacts, Map<String, RecordedMetric> metrics, Map<String, Long> datasets) {

    /** An artifact a suite of the run read: its role in the suite, path as reported, digest and rows. */
    public record RunArtifact(String role, String path, String sha256, Long rows) {
    }

    /** Reads the run in {@code reportDir}, refusing it unless it decided PROMOTE at most {@code maxAge} before {@code now}. */
    public static PromotedRun read(Path reportDir, Duration maxAge, Instant now) throws IOException, LifecycleException {
        Path promotionFile = reportDir.resolve("promotion.json");
        if (!Files.isRegularFile(promotionFile)) {
            throw new LifecycleException("Not approved: there is no " + promotionFile + "; run the mlgate suites"
                    + " (mvn verify) and approve after a PROMOTE.");
        }
        JsonNode promotion = ManifestCodec.MAPPER.readTree(promotionFile.toFile());
        String runId = promotion.path("runId").asText("?");
        String decision = promotion.path("decision").asText("");
        if (!"FINISHED".equals(promotion.path("state").asText())) {
            throw new LifecycleException("Not approved: the run " + runId + " has not finished (promotion.json state "
                    + promotion.path("state").asText("missing") + ", decision " + decision + ").");
        }
        if (!"PROMOTE".equals(decision)) {
            List<String> reasons = new ArrayList<>();
            promotion.path("reasons").forEach(reason -> reasons.add(reason.isTextual() ? reason.asText()
                    : reason.path("message").asText(reason.toString())));
            throw new LifecycleException("Not approved: the run " + runId + " decided " + decision
                    + ", and only a PROMOTE can become the baseline. Reasons: " + String.join(" | ", reasons));
        }
        Instant generatedAt = instant(promotion.path("generatedAt").asText(""), promotionFile);
        Duration age = Duration.between(generatedAt, now);
        if (age.compareTo(maxAge) > 0) {
            throw new LifecycleException("Not approved: the PROMOTE of run " + runId + " is stale: decided at "
                    + generatedAt + ", " + age.toMinutes() + " minutes ago, more than the allowed " + maxAge
                    + " (mlgate.approve.maxAge). Run the suites again and approve the fresh decision.");
        }
        Path reportFile = reportDir.resolve("report.json");
        String expected = promotion.path("reportSha256").asText("");
        String found = Files.isRegularFile(reportFile) ? Sha256.of(reportFile) : null;
        if (!expected.equals(found)) {
            throw new LifecycleException("Not approved: " + reportFile + (found == null ? " is missing" : " has SHA-256 "
                    + found) + " but promotion.json decided on a report with SHA-256 " + expected
                    + "; the report was replaced after the decision. Run the suites again.");
        }
        JsonNode report = ManifestCodec.MAPPER.readTree(reportFile.toFile());
        return new PromotedRun(runId, generatedAt, expected, text(report.path("run").get("gitCommit")),
                artifacts(report), metrics(report), datasets(report));
    }

    private static List<RunArtifact> artifacts(JsonNode report) {
        List<RunArtifact> artifacts = new ArrayList<>();
        for (JsonNode suite : report.path("suites")) {
            for (JsonNode artifact : suite.path("artifacts")) {
                JsonNode rows = artifact.get("rows");
                artifacts.add(new RunArtifact(text(artifact.get("role")), text(artifact.get("path")),
                        text(artifact.get("sha256")), rows == null || !rows.isNumber() ? null : rows.asLong()));
            }
        }
        return List.copyOf(artifacts);
    }

    /** The candidate's value of each comparison check, with its direction: the approved model as measured now. */
    private static Map<String, RecordedMetric> metrics(JsonNode report) {
        Map<String, RecordedMetric> metrics = new LinkedHashMap<>();
        for (JsonNode suite : report.path("suites")) {
            for (JsonNode check : suite.path("checks")) {
                JsonNode details = check.path("details");
                String candidate = details.path("candidate").asText("");
                String direction = details.path("direction").asText("");
                if (!"comparison".equals(check.path("kind").asText()) || direction.isEmpty() || !isNumber(candidate)) {
                    continue;
                }
                metrics.put(check.path("uniqueId").asText(), new RecordedMetric(text(check.get("metric")),
                        Double.parseDouble(candidate), direction.equals("higher")));
            }
        }
        return metrics;
    }

    /**
     * Rows of each dataset a contract checked (role {@code data}), by the contract's class: the dataset's
     * identity, which outlives the path of one day's extract.
     */
    private static Map<String, Long> datasets(JsonNode report) {
        Map<String, Long> datasets = new LinkedHashMap<>();
        for (JsonNode suite : report.path("suites")) {
            String identity = text(suite.get("class"));
            for (JsonNode artifact : suite.path("artifacts")) {
                JsonNode rows = artifact.get("rows");
                if (identity != null && "data".equals(artifact.path("role").asText()) && rows != null && rows.isNumber()) {
                    datasets.put(identity, rows.asLong());
                }
            }
        }
        return datasets;
    }

    private static boolean isNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Instant instant(String text, Path file) throws LifecycleException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new LifecycleException("Not approved: " + file + " has no valid generatedAt ('" + text + "').");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
