package dev.mlgate.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlgate.examples.history.WeekOfExtracts;
import dev.mlgate.examples.suites.DailyTrainingExtract;
import dev.mlgate.lifecycle.Approve;
import dev.mlgate.lifecycle.Rollback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The history and lifecycle of the example model, as a team runs it: a generated week of training-data
 * extracts whose anomalous day the anomaly check catches; an approval of a PROMOTE run as the new production
 * baseline (the plain java entry point a CI job calls); the retraining signals of a later run in
 * promotion.json; and a rollback to the previous baseline, which the next run's report names. The committed
 * store {@code mlgate-baselines/tumour} is copied first, so the test never changes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class LifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MONDAY = Instant.parse("2026-11-30T06:00:00Z");
    private static final long SEED = 20261130L;

    private Path work;

    private List<Path> week;
    private Path baselines;

    @BeforeAll
    void prepare(@TempDir Path directory) throws IOException {
        work = directory;
        week = WeekOfExtracts.write(Path.of("data/train.csv"), work.resolve("week"), SEED);
        baselines = work.resolve("baselines");
        Path committed = Path.of("mlgate-baselines");
        try (Stream<Path> files = Files.walk(committed)) {
            for (Path file : files.toList()) {
                Path copy = baselines.resolve(committed.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /** Runs {@code selector} with its own report directory {@code name}; returns that directory. */
    private Path run(String name, DiscoverySelector selector, Map<String, String> parameters) {
        Path dir = work.resolve(name);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selector)
                .filters(EngineFilter.includeEngines("mlgate"))
                .configurationParameter("mlgate.report.dir", dir.toString())
                .configurationParameter("mlgate.report.history", dir.resolve("history.jsonl").toString())
                .configurationParameter("examples.baselines", baselines.toString())
                .configurationParameters(parameters);
        LauncherFactory.create().execute(request.build());
        return dir;
    }

    private static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** The status and message of the anomaly check on the extract's row count. */
    private static String rowCountAnomaly(Path report) throws IOException {
        for (JsonNode suite : json(report.resolve("report.json")).get("suites")) {
            for (JsonNode check : suite.get("checks")) {
                if (check.get("uniqueId").asText().contains("anomaly") || check.get("uniqueId").asText().contains("#")) {
                    return check.get("status").asText() + ": " + check.path("message").asText();
                }
            }
        }
        throw new AssertionError("no anomaly check in " + report);
    }

    private int call(boolean approve, String[] args, ByteArrayOutputStream out) {
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        return approve ? Approve.run(args, printed, printed) : Rollback.run(args, printed, printed);
    }

    @Test
    @Order(1)
    void a_generated_week_of_extracts_has_one_anomalous_day_and_the_anomaly_check_catches_it() throws IOException {
        List<String> days = new ArrayList<>();
        for (int day = 1; day <= week.size(); day++) {
            Path report = run("week/report-" + day, selectClass(DailyTrainingExtract.class), Map.of(
                    "examples.extract", week.get(day - 1).toString(),
                    "mlgate.repository", "file:" + work.resolve("week/metrics.jsonl"),
                    "mlgate.repository.time", MONDAY.plus(Duration.ofDays(day - 1)).toString()));
            days.add(day + " " + rowCountAnomaly(report));
        }

        assertThat(days).hasSize(7);
        assertThat(days.get(0)).startsWith("1 passed: ");
        assertThat(days.get(WeekOfExtracts.ANOMALOUS_DAY - 1)).startsWith("5 failed: ").contains("120");
        assertThat(days).filteredOn(day -> !day.startsWith(WeekOfExtracts.ANOMALOUS_DAY + " "))
                .allSatisfy(day -> assertThat(day).contains(" passed: "));
    }

    /** Every suite of the example, as the main build runs them, on day {@code day}'s extract. */
    private Path runAll(String name, int day, Map<String, String> extra) {
        Map<String, String> parameters = new java.util.HashMap<>(extra);
        parameters.put("examples.extract", week.get(day - 1).toString());
        parameters.put("mlgate.repository", "file:" + work.resolve("lifecycle-metrics.jsonl"));
        return run(name, selectPackage("dev.mlgate.examples.suites"), parameters);
    }

    private String[] approveArgs(Path reportDir, String... more) {
        List<String> args = new ArrayList<>(List.of("--basedir", ".", "--baselines", baselines.toString(), "--model",
                "tumour", "--report-dir", reportDir.toString(), "--by", "ci-bot"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    @Order(2)
    void a_PROMOTE_is_approved_as_the_new_baseline_and_a_REJECT_is_refused() throws IOException {
        Path promoted = runAll("approve-run", 1, Map.of());
        assertThat(json(promoted.resolve("promotion.json")).get("decision").asText()).isEqualTo("PROMOTE");
        assertThat(json(promoted.resolve("report.json")).get("baselines")).singleElement()
                .satisfies(baseline -> assertThat(baseline.get("id").asText()).isEqualTo("0001"));

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        assertThat(call(true, approveArgs(work.resolve("week/report-5")), refused)).isEqualTo(2);
        assertThat(refused.toString(StandardCharsets.UTF_8)).contains("decided REJECT, and only a PROMOTE can become");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = call(true, approveArgs(promoted, "--predictions", "target/eval/candidate-predictions.csv",
                "--reference", "data/reference.csv", "--reason", "retrained on Monday's extract"), out);

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("mlgate: approved tumour baseline 0002 from run ")
                .contains("Nothing was committed. To record it, run:", "  git add ");
        List<String> manifest = Files.readAllLines(baselines.resolve("tumour/manifest.jsonl"));
        assertThat(manifest).hasSize(2);
        JsonNode entry = JSON.readTree(manifest.get(1));
        assertThat(entry.get("by").asText()).isEqualTo("ci-bot");
        assertThat(entry.get("files")).extracting(file -> file.get("role").asText())
                .containsExactly("predictions", "reference");
        assertThat(entry.get("datasets").get(DailyTrainingExtract.class.getName()).asLong())
                .isEqualTo(WeekOfExtracts.ROWS[0]);
    }

    @Test
    @Order(3)
    void a_later_run_lists_its_retraining_signals_with_their_numbers_in_promotion_json() throws IOException {
        Path later = runAll("retrain-run", 7, Map.of("mlgate.retrain.max-model-age", "PT0S"));

        JsonNode promotion = json(later.resolve("promotion.json"));
        assertThat(promotion.get("decision").asText()).isEqualTo("PROMOTE");
        assertThat(promotion.has("retraining")).isFalse();
        JsonNode retraining = promotion.get("retrain");
        assertThat(retraining.get("recommended").asBoolean()).isTrue();
        List<String> kinds = new ArrayList<>();
        retraining.get("signals").forEach(signal -> kinds.add(signal.get("kind").asText()));
        assertThat(kinds).contains("new-labelled-data", "drift", "model-age").doesNotContain("performance-degraded");
        // one list: each drifted check is one signal, named once
        List<String> drifted = new ArrayList<>();
        retraining.get("signals").forEach(signal -> {
            if (signal.get("kind").asText().equals("drift")) {
                drifted.add(signal.get("check").asText());
            }
        });
        assertThat(drifted).doesNotHaveDuplicates();
        JsonNode newData = find(retraining, "new-labelled-data", DailyTrainingExtract.class.getName());
        assertThat(newData.get("numbers").get("rowsAtApproval").asLong()).isEqualTo(WeekOfExtracts.ROWS[0]);
        assertThat(newData.get("numbers").get("rowsNow").asLong()).isEqualTo(WeekOfExtracts.ROWS[6]);
        assertThat(newData.get("numbers").get("growth").asDouble()).isEqualTo((460.0 - 280) / 280);
        JsonNode age = find(retraining, "model-age", "tumour 0002");
        assertThat(age.get("numbers").get("maxAgeDays").asLong()).isZero();
        // the production model was measured against its approval, and has not degraded
        assertThat(retraining.get("notEvaluated")).extracting(JsonNode::asText)
                .noneMatch(text -> text.startsWith("performance-degraded"));
    }

    private static JsonNode find(JsonNode retraining, String kind, String subject) {
        for (JsonNode signal : retraining.get("signals")) {
            if (signal.get("kind").asText().equals(kind) && signal.get("cause").asText().contains(subject)) {
                return signal;
            }
        }
        throw new AssertionError("no " + kind + " signal about " + subject + " in " + retraining);
    }

    @Test
    @Order(4)
    void a_rollback_restores_the_previous_baseline_and_the_next_report_names_it() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = call(false, new String[] {"--basedir", ".", "--baselines", baselines.toString(), "--model",
                "tumour", "--to", "previous", "--by", "on-call", "--reason", "false alarms after Monday's model"}, out);

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("mlgate: rolled tumour back to baseline 0001 (entry 0003) by on-call: false alarms after");
        Path next = runAll("after-rollback", 7, Map.of());
        JsonNode baseline = json(next.resolve("report.json")).get("baselines").get(0);
        assertThat(baseline.get("id").asText()).isEqualTo("0003");
        assertThat(baseline.get("origin").asText()).isEqualTo("0001");
        assertThat(baseline.get("action").asText()).isEqualTo("rollback");
        assertThat(Files.readString(next.resolve("summary.md")))
                .contains("Baseline in force: " + baselines.resolve("tumour") + " predictions 0003 (rollback to 0001)");
    }
}
