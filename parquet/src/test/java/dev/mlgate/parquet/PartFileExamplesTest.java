package dev.mlgate.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlgate.engine.Constants;
import dev.mlgate.parquet.fixtures.PartedReadings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * A failing row in a directory of part files is named by its part file and its row within that file, in
 * the check's message and in the examples the report writes to report.json, so any Parquet tool that
 * opens that one file finds it; the row across the whole dataset would point at no file.
 */
class PartFileExamplesTest {

    private static final MessageType READINGS = ParquetFixtures.schema(
            "message readings { required int64 id; required double reading; }");

    @TempDir
    Path dir;

    /** Three part files of four rows; {@code bad} maps a dataset row (1-based) to its reading. */
    private void parts(Map<Integer, Double> bad, Map<Integer, Long> ids) throws IOException {
        Path parts = Files.createDirectory(dir.resolve("readings.parquet"));
        for (int p = 0; p < 3; p++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                int datasetRow = p * 4 + r;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", ids.getOrDefault(datasetRow, (long) datasetRow));
                row.put("reading", bad.getOrDefault(datasetRow, 5.0));
                rows.add(row);
            }
            ParquetFixtures.write(parts.resolve("part-0000" + p + ".parquet"), READINGS, rows,
                    ParquetFixtures.Options.DEFAULT);
        }
        Files.writeString(parts.resolve("_SUCCESS"), "");
    }

    private EngineExecutionResults run() {
        return SuitesOverParquetTest.run(dir, Map.of("data", "readings.parquet"), PartedReadings.class);
    }

    private static String message(EngineExecutionResults results, String check) {
        Event event = results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains(check)).findFirst().orElseThrow();
        return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
    }

    /** The examples the check published for the report (the JSON report.json copies). */
    private static String examples(EngineExecutionResults results, String check) {
        return results.testEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains(check))
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("mlgate.examples"))
                .filter(json -> json != null).findFirst().orElseThrow();
    }

    @Test
    void a_value_failing_in_the_second_part_file_names_that_file_and_its_row_within_it() throws IOException {
        parts(Map.of(7, 42.5), Map.of());

        EngineExecutionResults results = run();

        // dataset row 7 is the third row of part-00001
        assertThat(message(results, "reading.between")).contains("1 of 12 non-null values")
                .contains("examples (row: value) in part-00001.parquet: 3: '42.5'");
        assertThat(examples(results, "reading.between"))
                .isEqualTo("[{\"row\":3,\"file\":\"part-00001.parquet\",\"value\":\"42.5\"}]");
    }

    @Test
    void examples_in_several_part_files_each_name_their_own() throws IOException {
        parts(Map.of(1, -1.0, 8, 11.0, 12, 99.0), Map.of());

        String message = message(run(), "reading.between");

        assertThat(message).contains("examples (row: value) in part-00000.parquet: 1: '-1.0'; "
                + "in part-00001.parquet: 4: '11.0'; in part-00002.parquet: 4: '99.0'");
    }

    @Test
    void a_repeated_id_in_later_part_files_is_located_there_too() throws IOException {
        parts(Map.of(), Map.of(6, 100L, 10, 100L));

        // both occurrences: dataset rows 6 and 10, the second row of part-00001 and of part-00002
        assertThat(examples(run(), "id.unique")).isEqualTo("[{\"row\":2,\"file\":\"part-00001.parquet\",\"value\":\"100\"},"
                + "{\"row\":2,\"file\":\"part-00002.parquet\",\"value\":\"100\"}]");
    }

    @Test
    void report_json_and_report_html_name_the_part_file_of_each_example() throws IOException {
        parts(Map.of(7, 42.5), Map.of());
        Path report = dir.resolve("report");

        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(PartedReadings.class))
                .filters(EngineFilter.includeEngines("mlgate"))
                .configurationParameter(Constants.BASEDIR, dir.toString())
                .configurationParameter("data", "readings.parquet")
                .configurationParameter("mlgate.report.dir", report.toString()).build());

        JsonNode check = null;
        for (JsonNode node : new ObjectMapper().readTree(report.resolve("report.json").toFile())
                .get("suites").get(0).get("checks")) {
            check = node.get("uniqueId").asText().endsWith("[constraint:reading.between]") ? node : check;
        }
        JsonNode example = check.get("examples").get(0);
        assertThat(example.get("file").asText()).isEqualTo("part-00001.parquet");
        assertThat(example.get("row").asLong()).isEqualTo(3);
        assertThat(Files.readString(report.resolve("report.html"))).contains("part-00001.parquet, row 3");
    }
}
