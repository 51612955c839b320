package dev.mlgate.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.engine.Constants;
import dev.mlgate.parquet.fixtures.ChurnBaseline;
import dev.mlgate.parquet.fixtures.ChurnQuality;
import dev.mlgate.parquet.fixtures.TypedCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every kind of suite over Parquet gives the very outcomes, messages and published values it gives over
 * the same rows as CSV (file names aside): contracts with drift against a reference, quality gates with
 * slices, and a baseline comparison joined on id.
 */
class SuitesOverParquetTest {

    @TempDir
    Path dir;

    static EngineExecutionResults run(Path basedir, Map<String, String> parameters, Class<?>... suites) {
        EngineTestKit.Builder kit = EngineTestKit.engine("mlgate")
                .configurationParameter(Constants.BASEDIR, basedir.toString())
                .configurationParameters(parameters);
        for (Class<?> suite : suites) {
            kit = kit.selectors(selectClass(suite));
        }
        return kit.execute();
    }

    /** Each finished node's status and message, then its published values, with file names made neutral. */
    static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new TreeMap<>();
        results.allEvents().finished().stream().forEach(event -> outcomes.put(
                event.getTestDescriptor().getUniqueId().toString(),
                neutral(event.getPayload(TestExecutionResult.class).map(result -> result.getStatus() + result
                        .getThrowable().map(error -> " " + error.getMessage()).orElse("")).orElseThrow())));
        results.allEvents().reportingEntryPublished().stream().forEach(event -> outcomes.merge(
                event.getTestDescriptor().getUniqueId().toString(),
                neutral(new TreeMap<>(event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toString()
                        .replaceAll("sha256=[0-9a-f]+|bytes=\\d+|run\\.channel=[0-9a-f-]+", "")),
                (a, b) -> a + " | " + b));
        return outcomes;
    }

    private static String neutral(String text) {
        return text.replace(".parquet", ".FILE").replace(".csv", ".FILE");
    }

    @Test
    void aContractWithDriftGivesTheSameOutcomesOverParquetAsOverCsv() {
        Datasets.Data data = Datasets.customers(3000, 11);
        Datasets.Data reference = Datasets.customers(2000, 12);
        data.csv(dir.resolve("data.csv"));
        reference.csv(dir.resolve("reference.csv"));
        data.parquet(dir.resolve("data.parquet"));
        reference.parquet(dir.resolve("reference.parquet"));

        Map<String, String> csv = outcomes(run(dir, Map.of("data", "data.csv", "reference", "reference.csv"),
                TypedCustomers.class));
        Map<String, String> parquet = outcomes(run(dir, Map.of("data", "data.parquet", "reference", "reference.parquet"),
                TypedCustomers.class));

        assertThat(parquet).isEqualTo(csv);
        assertThat(csv).anySatisfy((id, outcome) -> assertThat(id).endsWith("[check:describesTheTableItSees]"));
        assertThat(csv.values()).anyMatch(outcome -> outcome.startsWith("FAILED") && outcome.contains("examples"))
                .anyMatch(outcome -> outcome.startsWith("SUCCESSFUL"))
                .noneMatch(outcome -> outcome.startsWith("ABORTED") || outcome.contains("could not be evaluated"));
    }

    @Test
    void qualityAndBaselineSuitesGiveTheSameOutcomesOverParquetAsOverCsv() {
        Datasets.Data candidate = Datasets.predictions(4000, 21, 0.2);
        Datasets.Data production = Datasets.predictions(4000, 21, 0.3);
        candidate.csv(dir.resolve("candidate.csv"));
        production.csv(dir.resolve("production.csv"));
        candidate.parquet(dir.resolve("candidate.parquet"));
        production.parquet(dir.resolve("production.parquet"));

        Map<String, String> csv = outcomes(run(dir, Map.of("predictions", "candidate.csv", "baseline",
                "production.csv"), ChurnQuality.class, ChurnBaseline.class));
        Map<String, String> parquet = outcomes(run(dir, Map.of("predictions", "candidate.parquet", "baseline",
                "production.parquet"), ChurnQuality.class, ChurnBaseline.class));

        assertThat(parquet).isEqualTo(csv);
        assertThat(csv.keySet()).anyMatch(id -> id.contains("ChurnQuality") && id.contains("rocAuc"))
                .anyMatch(id -> id.contains("ChurnBaseline"));
        assertThat(csv.values()).anyMatch(outcome -> outcome.startsWith("SUCCESSFUL"));
    }

    @Test
    void aDirectoryOfPartFilesIsOneDatasetForEverySuite() throws IOException {
        Datasets.Data data = Datasets.customers(3000, 11);
        Datasets.Data reference = Datasets.customers(2000, 12);
        data.csv(dir.resolve("data.csv"));
        reference.csv(dir.resolve("reference.csv"));
        Path parts = Files.createDirectory(dir.resolve("data.parquet"));
        for (int p = 0; p < 3; p++) {
            new Datasets.Data(data.schema(), data.typed().subList(p * 1000, (p + 1) * 1000), data.text())
                    .parquet(parts.resolve("part-0000" + p + "-c000.snappy.parquet"));
        }
        Files.writeString(parts.resolve("_SUCCESS"), "");
        reference.parquet(dir.resolve("reference.parquet"));

        Map<String, String> csv = outcomes(run(dir, Map.of("data", "data.csv", "reference", "reference.csv"),
                TypedCustomers.class));
        Map<String, String> parquet = outcomes(run(dir, Map.of("data", "data.parquet", "reference", "reference.parquet"),
                TypedCustomers.class));

        // a directory named like a file, as Spark writes a table; examples name their part file and the row
        // within it, and this data's examples all lie in the first part, whose rows are the CSV's first rows
        Map<String, String> firstPart = new TreeMap<>();
        parquet.forEach((id, outcome) -> firstPart.put(id, outcome
                .replace(" in part-00000-c000.snappy.FILE:", ":")
                .replace("\"file\":\"part-00000-c000.snappy.FILE\",", "")));
        assertThat(firstPart).isNotEqualTo(parquet).isEqualTo(csv);
    }

}
