package dev.mlgate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.engine.Constants;
import dev.mlgate.engine.fixtures.ChurnQuality;
import dev.mlgate.history.fixtures.DailyOrders;
import dev.mlgate.history.internal.FileRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** What a run records in the metrics repository, and when it records nothing. */
class RecordingEngineTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    @TempDir
    Path directory;

    private static EngineExecutionResults run(Class<?> suite, Path basedir, Map<String, String> configuration) {
        return EngineTestKit.engine("mlgate").selectors(selectClass(suite))
                .configurationParameter(Constants.BASEDIR, basedir.toString())
                .configurationParameters(configuration)
                .execute();
    }

    @Test
    void a_configured_repository_records_every_gate_and_slice_value_with_the_run_tags_and_time() {
        Path file = directory.resolve("metrics.jsonl");
        run(ChurnQuality.class, FIXTURES, Map.of("mlgate.repository", "file:" + file,
                "mlgate.repository.tags", "branch=main", "mlgate.repository.time", "2026-01-05T06:00:00Z"));

        RunRecord recorded = new FileRepository(file).runs(HistoryQuery.of(ChurnQuality.class.getName()))
                .get(0);
        assertThat(recorded.tags()).containsExactly(Map.entry("branch", "main"));
        assertThat(recorded.time()).hasToString("2026-01-05T06:00:00Z");
        // ROC AUC 0.828125 overall, 0.8557168784029039 on retail (scikit-learn, see ChurnQuality)
        assertThat(recorded.metrics()).containsEntry("gate:rocAuc", 0.828125).containsEntry("rows", 60.0)
                .containsKeys("gate:rocAucStrict", "gate:rocAucAspirational", "artifact.predictions.rows");
        assertThat(recorded.metrics().get("gate:rocAucPerSegment/slice:segment=retail"))
                .isCloseTo(0.8557168784029039, within(1e-15));
    }

    @Test
    void without_a_configured_repository_or_an_anomaly_check_nothing_is_written() throws IOException {
        Path project = Files.createDirectories(directory.resolve("project"));
        Files.copy(FIXTURES.resolve("predictions.csv"), project.resolve("predictions.csv"));

        run(ChurnQuality.class, project, Map.of());

        assertThat(project.resolve("mlgate-history")).doesNotExist();
    }

    @Test
    void an_invalid_repository_configuration_fails_the_anomaly_checks_naming_the_key() throws IOException {
        Files.writeString(directory.resolve("orders.csv"), "id,amount\n1,50\n");

        EngineExecutionResults results = run(DailyOrders.class, directory, Map.of("mlgate.repository.tags", "main"));

        assertThat(results.testEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                        .getMessage()).distinct().toList())
                .containsExactly("Invalid metrics repository configuration: mlgate.repository.tags: 'main' is not"
                        + " name=value (in 'main')");
        assertThat(results.testEvents().succeeded().count()).isPositive(); // the suite's other checks still run
    }

    @Test
    void a_run_that_cannot_be_recorded_fails_its_suite_naming_the_repository() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("occupied"), "a file, not a directory");

        EngineExecutionResults results = run(ChurnQuality.class, FIXTURES,
                Map.of("mlgate.repository", "file:" + notADirectory.resolve("metrics.jsonl")));

        assertThat(results.containerEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                        .getMessage()).toList())
                .singleElement().asString().startsWith("cannot append to the metrics repository next to "
                        + notADirectory.resolve("metrics.jsonl.lock"));
    }

    @Test
    void the_retention_is_applied_at_the_end_of_each_run() {
        Path file = directory.resolve("metrics.jsonl");
        for (int day = 1; day <= 3; day++) {
            run(ChurnQuality.class, FIXTURES, Map.of("mlgate.repository", "file:" + file,
                    "mlgate.repository.retention", "2 runs", "mlgate.repository.time", "2026-01-0" + day + "T06:00:00Z"));
        }

        assertThat(new FileRepository(file).runs(HistoryQuery.of(ChurnQuality.class.getName())))
                .extracting(run -> run.time().toString())
                .containsExactly("2026-01-02T06:00:00Z", "2026-01-03T06:00:00Z");
    }

    @Test
    void a_run_time_that_is_not_an_instant_is_refused_naming_the_key() {
        EngineExecutionResults results = run(ChurnQuality.class, FIXTURES, Map.of("mlgate.repository",
                "file:" + directory.resolve("metrics.jsonl"), "mlgate.repository.time", "yesterday"));

        assertThat(results.containerEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                        .getMessage()).toList())
                .containsExactly("Invalid metrics repository configuration: mlgate.repository.time: 'yesterday' is"
                        + " not an instant such as 2026-01-31T06:00:00Z");
    }
}
