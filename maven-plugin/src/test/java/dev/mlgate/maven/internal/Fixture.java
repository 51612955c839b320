package dev.mlgate.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a report directory the way mlgate-report's contract describes it: report.json (schema 1) with
 * suites, then promotion.json (schema 2) naming report.json's SHA-256, unless a test changes a field.
 */
final class Fixture {

    static final Instant BUILD_START = Instant.parse("2026-12-04T23:40:00Z");
    static final Instant RUN_START = Instant.parse("2026-12-04T23:40:05.123Z");

    final Path dir;
    /** promotion.json's schema version: 3, as mlgate-report writes it, or 2, as earlier versions did. */
    int schema = PromotionFile.SCHEMA_VERSION;
    String runId = "3f1c9a2e-0000-4000-8000-000000000001";
    String state = "FINISHED";
    Instant startedAt = RUN_START;
    String decision = "PROMOTE";
    String verdict = "passed";
    List<String> reasons = new ArrayList<>(List.of("All 3 blocking checks passed in a complete run."));
    boolean partial;
    List<String> missing = new ArrayList<>();
    List<String> suites = new ArrayList<>(List.of("com.acme.suites.ChurnContract"));
    String declarationError;
    boolean writeReport = true;
    /** When set, promotion.json names this hash instead of report.json's. */
    String reportSha256;
    boolean noReportHash;

    Fixture(Path dir) {
        this.dir = dir;
    }

    Fixture write() {
        try {
            Files.createDirectories(dir);
            String hash = null;
            if (writeReport) {
                byte[] report = reportJson().getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve("report.json"), report);
                hash = ReportFiles.sha256(report);
            }
            if (reportSha256 != null) {
                hash = reportSha256;
            }
            Files.writeString(dir.resolve("promotion.json"), promotionJson(noReportHash ? null : hash));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GateInput input(TestClasses classes, SurefireSetup surefire, RequiredDecision required) {
        return new GateInput(dir, ReportFiles.promotion(dir), ReportFiles.report(dir), BUILD_START, classes, surefire,
                required);
    }

    GateResult decide(List<String> suiteClasses) {
        return Gate.decide(input(new TestClasses(true, suiteClasses, List.of(), true, true),
                SurefireSetup.defaults("3.2.5"), RequiredDecision.PROMOTE));
    }

    private String promotionJson(String hash) {
        boolean finished = state.equals("FINISHED");
        if (schema == PromotionFile.PREVIOUS_SCHEMA_VERSION) {
            return promotionJsonVersion2(hash);
        }
        return "{\n  \"schemaVersion\": 3,\n  \"runId\": \"" + runId + "\",\n  \"state\": \"" + state + "\",\n"
                + (startedAt == null ? "" : "  \"startedAt\": \"" + startedAt + "\",\n")
                + (finished ? "  \"generatedAt\": \"" + RUN_START.plusSeconds(9) + "\",\n" : "")
                + "  \"decision\": \"" + decision + "\",\n"
                + (finished ? "  \"verdict\": \"" + verdict + "\",\n" : "")
                + "  \"model\": {\"name\": \"churn\", \"version\": \"1.0\"},\n"
                + "  \"reasons\": [" + reasons.stream().map(reason -> "{\"kind\": \"blocking-check\", \"cause\": "
                + quote(reason) + "}").collect(Collectors.joining(", ")) + "],\n"
                + "  \"partial\": " + partial + ",\n  \"filter\": null,\n"
                + "  \"reportSha256\": " + (hash == null ? "null" : quote(hash)) + ",\n"
                + "  \"warnings\": [],\n  \"artifacts\": [],\n"
                + "  \"retrain\": {\"recommended\": false, \"signals\": [], \"notEvaluated\": []}\n}\n";
    }

    /** promotion.json as mlgate-report wrote it before schema 3: reasons were strings. */
    private String promotionJsonVersion2(String hash) {
        boolean finished = state.equals("FINISHED");
        return "{\n  \"schemaVersion\": 2,\n  \"runId\": \"" + runId + "\",\n  \"state\": \"" + state + "\",\n"
                + (startedAt == null ? "" : "  \"startedAt\": \"" + startedAt + "\",\n")
                + (finished ? "  \"generatedAt\": \"" + RUN_START.plusSeconds(9) + "\",\n" : "")
                + "  \"decision\": \"" + decision + "\",\n"
                + (finished ? "  \"verdict\": \"" + verdict + "\",\n" : "")
                + "  \"reasons\": [" + reasons.stream().map(Fixture::quote).collect(Collectors.joining(", ")) + "],\n"
                + "  \"partial\": " + partial + ",\n"
                + "  \"reportSha256\": " + (hash == null ? "null" : quote(hash)) + ",\n"
                + "  \"blockingFailures\": [],\n  \"warnings\": [],\n  \"candidateArtifacts\": [],\n"
                + "  \"retrain\": {\"recommended\": false, \"reasons\": []}\n}\n";
    }

    private String reportJson() {
        String suiteList = suites.stream().map(this::suiteJson).collect(Collectors.joining(",\n"));
        return "{\n  \"schemaVersion\": 1,\n  \"generatedAt\": \"" + RUN_START.plusSeconds(9) + "\",\n"
                + "  \"run\": {\"complete\": " + !partial + ", \"partial\": " + partial + ", \"missing\": ["
                + missing.stream().map(Fixture::quote).collect(Collectors.joining(", ")) + "]},\n"
                + "  \"verdict\": \"" + verdict + "\",\n"
                + "  \"counts\": {\"passed\": 3, \"failed\": 1, \"errored\": 0, \"warning\": 2, \"inconclusive\": 0,"
                + " \"skipped\": 0},\n"
                + "  \"suites\": [\n" + suiteList + "\n  ]\n}\n";
    }

    private String suiteJson(String className) {
        boolean broken = declarationError != null && className.equals(suites.get(0));
        String check = broken
                ? "{\"uniqueId\": \"[engine:mlgate]/[suite:" + className + "]/[declaration:0]\", \"kind\": \"declaration\","
                        + " \"status\": \"errored\", \"blocking\": true, \"message\": " + quote(declarationError) + "}"
                : "{\"uniqueId\": \"[engine:mlgate]/[suite:" + className + "]/[check:rows]\", \"kind\": \"table\","
                        + " \"status\": \"passed\", \"blocking\": true, \"message\": null}";
        return "    {\"uniqueId\": \"[engine:mlgate]/[suite:" + className + "]\", \"kind\": \"contract\", \"class\": "
                + quote(className) + ", \"displayName\": " + quote(className.substring(className.lastIndexOf('.') + 1))
                + ", \"status\": \"" + (broken ? "errored" : "passed") + "\", \"message\": null, \"checks\": [" + check
                + "]}";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
