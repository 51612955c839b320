package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    @TempDir
    Path dir;

    private History history(double... values) throws IOException {
        StringBuilder lines = new StringBuilder("not json\n");
        for (double value : values) {
            lines.append("{\"metrics\":{\"").append(Checks.SUITE).append("/[gate:auc]\":").append(value).append("}}\n");
        }
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return History.read(file);
    }

    @Test
    void a_gate_below_the_median_of_its_last_five_runs_by_more_than_a_hundredth_has_degraded() throws IOException {
        History history = history(0.50, 0.90, 0.91, 0.92, 0.93, 0.94);
        Run run = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.909", ">= 0.8"));

        List<History.Degradation> degraded = history.degradations(run);

        assertThat(degraded).singleElement().satisfies(degradation -> {
            assertThat(degradation.median()).isEqualTo(0.92);
            assertThat(degradation.runs()).isEqualTo(5);
            assertThat(degradation.describe()).contains("worse than the median 0.92 of its last 5 runs");
        });
    }

    @Test
    void within_the_tolerance_is_not_degraded() throws IOException {
        History history = history(0.90, 0.91, 0.92, 0.93, 0.94);
        Run run = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.911", ">= 0.8"));

        assertThat(history.degradations(run)).isEmpty();
    }

    @Test
    void lower_is_better_for_an_at_most_gate_and_the_direction_detail_wins() throws IOException {
        History history = history(0.30, 0.30, 0.30);
        Run atMost = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.32", "<= 0.5"));
        Check declaredHigher = Checks.gate("auc", Status.PASSED, "0.32", "<= 0.5");
        TreeMap<String, String> details = new TreeMap<>(Map.of("direction", "higher"));
        Check withDirection = new Check(declaredHigher.uniqueId(), null, "gate", null, "auc", "auc", null, null,
                Status.PASSED, true, null, "0.32", "<= 0.5", null, null, null, null, List.of(), null, details, null);

        assertThat(history.degradations(atMost)).hasSize(1);
        assertThat(history.degradations(Checks.run(true, withDirection))).isEmpty();
    }

    @Test
    void a_trend_holds_the_last_nineteen_recorded_values_and_the_current_one() throws IOException {
        double[] values = new double[25];
        for (int i = 0; i < values.length; i++) {
            values[i] = i / 100.0;
        }
        History history = history(values);

        double[] trend = history.trend(Checks.gate("auc", Status.PASSED, "0.5", ">= 0.1"));

        assertThat(trend).hasSize(20);
        assertThat(trend[0]).isEqualTo(0.06);
        assertThat(trend[19]).isEqualTo(0.5);
    }

    @Test
    void a_gate_s_values_outlive_the_runs_that_did_not_record_it() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lines.append("{\"metrics\":{\"").append(Checks.SUITE).append("/[gate:auc]\":").append(i / 100.0).append("}}\n");
        }
        for (int i = 0; i < 30; i++) {
            lines.append("{\"metrics\":{\"").append(Checks.SUITE).append("/[gate:other]\":0.5}}\n");
        }
        Path file = Files.writeString(dir.resolve("history.jsonl"), lines);

        double[] trend = History.read(file).trend(Checks.gate("auc", Status.PASSED, "0.9", ">= 0.1"));

        assertThat(trend).hasSize(20);
        assertThat(trend[0]).isEqualTo(0.31);
        assertThat(trend[18]).isEqualTo(0.49);
    }

    @Test
    void appending_adds_one_line_and_keeps_every_line_it_does_not_understand() throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, "# kept by a person\n{\"another\":\"tool\"}\n");
        Run run = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.95", ">= 0.8"));

        History.append(file, run);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3).startsWith("# kept by a person", "{\"another\":\"tool\"}");
        assertThat(lines.get(2)).contains("\"metrics\":{\"" + Checks.SUITE + "/[gate:auc]\":0.95}")
                .contains("\"complete\":true");
        assertThat(History.read(file).trend(Checks.gate("auc", Status.PASSED, "0.96", ">= 0.8")))
                .containsExactly(0.95, 0.96);
    }

    @Test
    void a_torn_last_line_of_a_killed_run_is_closed_before_the_next_line() throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, "{\"generatedAt\":\"2026-01-01T00:00:00Z\",\"metr");

        History.append(file, Checks.run(true, Checks.gate("auc", Status.PASSED, "0.95", ">= 0.8")));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("\"metr");
        assertThat(lines.get(1)).startsWith("{\"generatedAt\"");
    }

    @Test
    void two_processes_appending_at_once_lose_no_line() throws Exception {
        Path file = dir.resolve("history.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HistoryAppender.class.getName(), file.toString(), "200")
                .redirectErrorStream(true).start();
        HistoryAppender.main(new String[] {file.toString(), "200"});
        assertThat(other.waitFor()).as(new String(other.getInputStream().readAllBytes())).isZero();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(400).allSatisfy(line -> assertThat(line).startsWith("{\"generatedAt\"").endsWith("}}"));
    }
}
