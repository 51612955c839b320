package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.history.MetricsRepositories;
import dev.mlgate.history.MetricsRepository;
import dev.mlgate.history.RunRecord;
import dev.mlgate.lifecycle.BaselineStore;
import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.lifecycle.RecordedMetric;
import dev.mlgate.lifecycle.internal.ManifestCodec;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.BaselineInForce;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retraining signals of promotion.json, each with the numbers behind it. */
class RetrainingTest {

    private static final String SUITE = "[engine:mlgate]/[suite:com.example.ChurnVersusProduction]";
    private static final String ROC_AUC = SUITE + "/[comparison:rocAuc]";
    private static final Instant APPROVED = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

    @TempDir
    Path basedir;

    /** A manifest in {@code baselines/churn} whose entry 0002 approved a model scoring 0.91 on 1000 training rows. */
    private BaselineInForce approved() throws IOException {
        Path store = basedir.resolve("baselines/churn");
        Files.createDirectories(store);
        ManifestEntry entry = new ManifestEntry("0002", ManifestEntry.Action.APPROVE, "churn", APPROVED, "alice", "x",
                null, APPROVED, null, "run-7", null, null, List.of(),
                Map.of(ROC_AUC, new RecordedMetric("roc_auc", 0.91, true)), Map.of("com.example.Training", 1000L));
        Files.writeString(store.resolve(BaselineStore.MANIFEST), ManifestCodec.line(entry) + "\n");
        return new BaselineInForce(SUITE, "baselines/churn", "predictions", "0002", "0002", "approve", APPROVED, "alice",
                "run-7");
    }

    /** A manifest entry that recorded no row counts, as one approved before the contract existed. */
    private BaselineInForce approvedWithoutRows() throws IOException {
        Path store = basedir.resolve("baselines/churn");
        Files.createDirectories(store);
        ManifestEntry entry = new ManifestEntry("0002", ManifestEntry.Action.APPROVE, "churn", APPROVED, "alice",
                "x", null, APPROVED, null, "run-7", null, null, List.of(), Map.of(), Map.of());
        Files.writeString(store.resolve(BaselineStore.MANIFEST), ManifestCodec.line(entry) + "\n");
        return new BaselineInForce(SUITE, "baselines/churn", "predictions", "0002", "0002", "approve", APPROVED,
                "alice", "run-7");
    }

    private static Check comparison(double production) {
        return new Check(ROC_AUC, null, "comparison", "com.example.ChurnVersusProduction", "rocAuc", "rocAuc", null, null,
                Status.PASSED, true, "roc_auc", "0.01", ">= -0.005", null, null, null, null, List.of(), "ok",
                new TreeMap<>(Map.of("baseline", Double.toString(production), "candidate", "0.93", "direction", "higher")),
                null);
    }

    private static Run run(long trainingRows, List<BaselineInForce> baselines, Check... checks) {
        Suite data = new Suite("[engine:mlgate]/[suite:com.example.Training]", "data contract", "com.example.Training",
                "Training", Status.PASSED, null, List.of(new Artifact("data", "data/train.csv", "ab",
                Long.toString(trainingRows), "10")), new TreeMap<>(), List.of());
        Suite comparison = new Suite(SUITE, "baseline comparison", "com.example.ChurnVersusProduction",
                "ChurnVersusProduction", Status.PASSED, null, List.of(), new TreeMap<>(), List.of(checks));
        return new Run(new RunInfo("0.1.0", "jvm", null, "42", null, true, List.of()), List.of(data, comparison), NOW,
                baselines);
    }

    private Retraining evaluate(Run run, RetrainSettings settings) {
        return Retraining.evaluate(run, settings, basedir);
    }

    @Nested
    class New_labelled_data {

        @Test
        void fires_when_the_training_rows_grew_by_the_configured_share_since_approval() throws IOException {
            Retraining retraining = evaluate(run(1300, List.of(approved()), comparison(0.91)), RetrainSettings.DEFAULTS);

            RetrainingSignal trigger = retraining.signals().stream()
                    .filter(t -> t.kind().equals(RetrainingSignal.NEW_DATA)).findFirst().orElseThrow();
            assertThat(trigger.cause()).isEqualTo("com.example.Training: the training data has 1300 rows, 300 more than the 1000 the model in"
                    + " force (0002) was approved with (+30.0%); retrain at +25.0% growth");
            assertThat(trigger.numbers()).containsEntry("rowsAtApproval", 1000L).containsEntry("rowsNow", 1300L)
                    .containsEntry("addedRows", 300L).containsEntry("growth", 0.3).containsEntry("minGrowth", 0.25);
        }

        @Test
        void stays_quiet_below_the_share_and_fires_on_a_row_count_when_one_is_set() throws IOException {
            Run run = run(1100, List.of(approved()), comparison(0.91));
            assertThat(evaluate(run, RetrainSettings.DEFAULTS).signals()).isEmpty();

            RetrainSettings byRows = new RetrainSettings(0.25, OptionalLong.of(100), 0.02, Duration.ofDays(90), true, List.of());
            assertThat(evaluate(run, byRows).signals()).singleElement()
                    .satisfies(t -> assertThat(t.cause()).endsWith("retrain at 100 new rows"));
        }
    }

    @Nested
    class New_labelled_data_from_the_metrics_repository {

        @Test
        void reads_the_rows_measured_when_the_model_was_approved() throws IOException {
            Path file = basedir.resolve("history/metrics.jsonl");
            try (MetricsRepository repository = MetricsRepositories.open(key -> key.equals("mlgate.repository")
                    ? "file:" + file : null, basedir)) {
                for (int day = -3; day <= 3; day++) {
                    repository.append(new RunRecord("run" + day, "com.example.Training", APPROVED.plus(Duration.ofDays(day)),
                            Map.of(), Map.of("rows", 1000.0 + 100 * day)));
                }
            }
            RepositoryHistory rows = RepositoryHistory.of(key -> key.equals("mlgate.repository") ? "file:" + file : null, basedir);
            RetrainSettings settings = new RetrainSettings(0.25, OptionalLong.empty(), 0.02, Duration.ofDays(90), true,
                    List.of(), rows);

            Retraining retraining = evaluate(run(1300, List.of(approvedWithoutRows())), settings);

            assertThat(retraining.signals()).singleElement().satisfies(trigger -> {
                assertThat(trigger.kind()).isEqualTo(RetrainingSignal.NEW_DATA);
                assertThat(trigger.numbers()).containsEntry("rowsAtApproval", 1000L).containsEntry("rowsNow", 1300L)
                        .containsEntry("source", "metrics repository");
            });
        }

        @Test
        void without_a_repository_file_is_not_evaluated() throws IOException {
            RepositoryHistory rows = RepositoryHistory.of(key -> key.equals("mlgate.repository") ? "file:none.jsonl" : null, basedir);
            RetrainSettings settings = new RetrainSettings(0.25, OptionalLong.empty(), 0.02, Duration.ofDays(90), true,
                    List.of(), rows);

            Retraining retraining = evaluate(run(1300, List.of(approvedWithoutRows())), settings);

            assertThat(retraining.signals()).isEmpty();
            assertThat(retraining.notEvaluated()).anySatisfy(text -> assertThat(text).startsWith("new-labelled-data:"));
        }
    }

    @Nested
    class Performance_degraded {

        @Test
        void fires_when_the_production_model_fell_below_its_value_at_approval_by_more_than_the_tolerance()
                throws IOException {
            Retraining retraining = evaluate(run(1000, List.of(approved()), comparison(0.87)), RetrainSettings.DEFAULTS);

            assertThat(retraining.signals()).singleElement().satisfies(trigger -> {
                assertThat(trigger.kind()).isEqualTo(RetrainingSignal.DEGRADED);
                assertThat(trigger.cause()).isEqualTo("ChurnVersusProduction: rocAuc: the production model (0002) scores"
                        + " roc_auc = 0.87 now against 0.91 when it was approved, 0.04 worse; tolerance 0.02");
                assertThat(trigger.numbers()).containsEntry("atApproval", 0.91).containsEntry("now", 0.87)
                        .containsEntry("tolerance", 0.02);
                assertThat((double) trigger.numbers().get("drop")).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-12));
            });
        }

        @Test
        void fires_against_the_median_of_its_values_in_the_metrics_repository_since_approval() throws IOException {
            Path file = basedir.resolve("history/metrics.jsonl");
            double[] production = {0.95, 0.92, 0.91, 0.93, 0.92, 0.86}; // the first before approval, the last this run
            try (MetricsRepository repository = MetricsRepositories.open(key -> key.equals("mlgate.repository")
                    ? "file:" + file : null, basedir)) {
                for (int day = 0; day < production.length; day++) {
                    repository.append(new RunRecord("run" + day, "com.example.ChurnVersusProduction",
                            APPROVED.plus(Duration.ofDays(day - 1)), Map.of(),
                            Map.of("comparison:rocAuc@baseline", production[day])));
                }
            }
            RetrainSettings settings = new RetrainSettings(0.25, OptionalLong.empty(), 0.02, Duration.ofDays(90), true,
                    List.of(), RepositoryHistory.of(key -> key.equals("mlgate.repository") ? "file:" + file : null, basedir));
            BaselineInForce approved = approvedWithoutRows();

            Retraining retraining = evaluate(run(1000, List.of(approved), comparison(0.86)), settings);

            assertThat(retraining.signals()).singleElement().satisfies(trigger -> {
                assertThat(trigger.kind()).isEqualTo(RetrainingSignal.DEGRADED);
                assertThat(trigger.cause()).isEqualTo("ChurnVersusProduction: rocAuc: the production model (0002) scores"
                        + " roc_auc = 0.86 now against 0.92 the median of its last 4 runs since approval (metrics"
                        + " repository), 0.06 worse; tolerance 0.02");
                assertThat(trigger.numbers()).containsEntry("historyMedian", 0.92).containsEntry("historyRuns", 4)
                        .containsEntry("atApproval", null);
            });
        }

        @Test
        void stays_quiet_within_the_tolerance() throws IOException {
            assertThat(evaluate(run(1000, List.of(approved()), comparison(0.895)), RetrainSettings.DEFAULTS).signals())
                    .isEmpty();
        }
    }

    @Test
    void drift_gives_one_signal_per_failed_or_warning_drift_check_with_its_statistic() {
        Run run = Checks.run(true, Checks.drift("income", Status.WARNING), Checks.drift("age", Status.PASSED));

        Retraining retraining = evaluate(run, RetrainSettings.DEFAULTS);

        assertThat(retraining.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo("drift");
            assertThat(signal.check()).isEqualTo(Checks.SUITE + "/[drift:income]");
            assertThat(signal.numbers()).containsEntry("metric", "PSI").containsEntry("statistic", 0.4)
                    .containsEntry("expected", "<= 0.2").containsEntry("status", "warning");
        });
        JsonNode section = retraining.json();
        assertThat(section.get("recommended").asBoolean()).isTrue();
        assertThat(section.get("signals").get(0).get("check").asText()).isEqualTo(Checks.SUITE + "/[drift:income]");
    }

    @Test
    void drift_switched_off_gives_no_signal_and_says_so() {
        RetrainSettings off = new RetrainSettings(0.25, OptionalLong.empty(), 0.02, Duration.ofDays(90), false, List.of());

        Retraining retraining = evaluate(Checks.run(true, Checks.drift("income", Status.FAILED)), off);

        assertThat(retraining.recommended()).isFalse();
        assertThat(retraining.signals()).isEmpty();
        assertThat(retraining.notEvaluated()).contains("drift: disabled (mlgate.retrain.drift=false)");
    }

    @Test
    void model_age_fires_when_the_model_in_force_is_older_than_the_maximum() throws IOException {
        RetrainSettings month = new RetrainSettings(0.25, OptionalLong.empty(), 0.02, Duration.ofDays(30), true, List.of());

        Retraining retraining = evaluate(run(1000, List.of(approved()), comparison(0.91)), month);

        assertThat(retraining.signals()).singleElement().satisfies(trigger -> {
            assertThat(trigger.kind()).isEqualTo(RetrainingSignal.AGE);
            assertThat(trigger.cause()).isEqualTo("The model in force (churn 0002) was approved 2026-10-01T00:00:00Z,"
                    + " 65 days ago, longer than 30 days");
            assertThat(trigger.numbers()).containsEntry("ageDays", 65L).containsEntry("maxAgeDays", 30L);
            assertThat(trigger.check()).isNull();
            assertThat(trigger.json().get("check").isNull()).isTrue();
        });
        assertThat(evaluate(run(1000, List.of(approved()), comparison(0.91)), RetrainSettings.DEFAULTS).signals()).isEmpty();
    }

    @Test
    void without_a_manifest_the_triggers_that_need_one_say_they_were_not_evaluated() throws IOException {
        JsonNode section = evaluate(run(5000, List.of(), comparison(0.5)), RetrainSettings.DEFAULTS).json();

        assertThat(section.get("recommended").asBoolean()).isFalse();
        assertThat(section.get("notEvaluated")).extracting(JsonNode::asText).satisfiesExactlyInAnyOrder(
                text -> assertThat(text).startsWith("new-labelled-data: no dataset of this run has a row count"),
                text -> assertThat(text).startsWith("performance-degraded: no comparison of this run"),
                text -> assertThat(text).startsWith("model-age: no suite read its baseline through a manifest"));
        assertThat(section.get("settings").get("maxModelAge").asText()).isEqualTo("PT2160H");
    }

    @Test
    void invalid_settings_are_problems_and_keep_their_defaults() {
        RetrainSettings settings = RetrainSettings.of(ReportSettingsTest.parameters(Map.of("mlgate.retrain.max-model-age", "a month",
                "mlgate.retrain.new-data.min-growth", "-1", "mlgate.retrain.drift", "False")));

        assertThat(settings.maxModelAge()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.newDataMinGrowth()).isEqualTo(0.25);
        assertThat(settings.drift()).isFalse();
        assertThat(settings.problems()).containsExactlyInAnyOrder(
                "Invalid configuration value for 'mlgate.retrain.max-model-age': 'a month' is not an ISO-8601 duration"
                        + " such as P30D; using P90D",
                "Invalid configuration value for 'mlgate.retrain.new-data.min-growth': '-1' is not a number of at"
                        + " least 0; using 0.25");
    }
}
