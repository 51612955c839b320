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

    /** A history whose lines each hold {@code series} of {@code field} (production or data) at {@code key}. */
    private History history(String field, String key, double... values) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (double value : values) {
            lines.append("{\"metrics\":{},\"").append(field).append("\":{\"").append(key).append("\":")
                    .append(value).append("}}\n");
        }
        return History.read(Files.writeString(dir.resolve("history.jsonl"), lines));
    }

    /** A comparison whose production (baseline) side scored {@code production}. */
    private static Check comparison(String metric, double production, String direction) {
        TreeMap<String, String> details = new TreeMap<>(Map.of("baseline", Double.toString(production),
                "candidate", "0.95", "difference", Double.toString(0.95 - production), "direction", direction));
        return new Check(Checks.SUITE + "/[comparison:" + metric + "]", null, "comparison", "com.example.Churn", metric,
                metric + " no worse than baseline", null, null, Status.PASSED, true, metric,
                Double.toString(0.95 - production), "no worse than baseline", null, null, null, null, List.of(), null,
                details, null);
    }

    /** A passing constraint on a column's mean. */
    private static Check mean(String observed, Status status) {
        return new Check(Checks.SUITE + "/[constraint:age.mean]", null, "constraint", "com.example.Churn", "age",
                "age: mean between 20 and 60", null, null, status, true, "mean", observed, "between 20 and 60", null,
                null, null, null, List.of(), null, new TreeMap<>(), null);
    }

    @Test
    void the_candidate_s_own_gates_are_never_judged_against_their_history() throws IOException {
        History history = history(0.50, 0.90, 0.91, 0.92, 0.93, 0.94);
        Run run = Checks.run(true, Checks.gate("auc", Status.PASSED, "0.5", ">= 0.4"));

        assertThat(history.degradations(run)).isEmpty();
    }

    @Test
    void the_production_model_below_the_median_of_its_last_five_runs_by_more_than_a_hundredth_has_degraded()
            throws IOException {
        History history = history("production", Checks.SUITE + " roc_auc", 0.50, 0.90, 0.91, 0.92, 0.93, 0.94);
        Run run = Checks.run(true, comparison("roc_auc", 0.909, "higher"));

        assertThat(history.degradations(run)).singleElement().satisfies(degradation -> {
            assertThat(degradation.kind()).isEqualTo("production-trend");
            assertThat(degradation.median()).isEqualTo(0.92);
            assertThat(degradation.runs()).isEqualTo(5);
            assertThat(degradation.describe()).isEqualTo("Churn: the production model's roc_auc is 0.909, worse"
                    + " than its median 0.92 over its last 5 runs (difference -0.011; higher is better)");
            assertThat(degradation.numbers()).containsEntry("value", 0.909).containsEntry("median", 0.92)
                    .containsEntry("runs", 5.0);
        });
    }

    @Test
    void the_production_model_within_the_tolerance_has_not_degraded() throws IOException {
        History history = history("production", Checks.SUITE + " roc_auc", 0.90, 0.91, 0.92, 0.93, 0.94);

        assertThat(history.degradations(Checks.run(true, comparison("roc_auc", 0.911, "higher")))).isEmpty();
    }

    @Test
    void lower_is_better_for_a_production_metric_whose_direction_says_so() throws IOException {
        History history = history("production", Checks.SUITE + " log_loss", 0.30, 0.30, 0.30);

        assertThat(history.degradations(Checks.run(true, comparison("log_loss", 0.32, "lower")))).hasSize(1);
        assertThat(history.degradations(Checks.run(true, comparison("log_loss", 0.28, "lower")))).isEmpty();
    }

    @Test
    void two_gates_on_the_same_production_metric_give_one_signal() throws IOException {
        History history = history("production", Checks.SUITE + " roc_auc", 0.95, 0.95, 0.95);
        Check first = comparison("roc_auc", 0.90, "higher");
        Check second = new Check(Checks.SUITE + "/[comparison:rocAucBeyondChance]", null, "comparison",
                first.className(), "rocAucBeyondChance", "beyond chance", null, null, Status.PASSED, true, "roc_auc",
                first.observed(), "better than baseline", null, null, null, null, List.of(), null, first.details(),
                null);

        assertThat(history.degradations(Checks.run(true, first, second))).hasSize(1);
    }

    @Test
    void a_data_statistic_further_than_a_tenth_from_its_median_has_shifted_either_way() throws IOException {
        History history = history("data", Checks.SUITE + "/[constraint:age.mean]", 40, 40, 40, 40, 40);

        assertThat(history.degradations(Checks.run(true, mean("44.5", Status.PASSED)))).singleElement()
                .satisfies(shift -> {
                    assertThat(shift.kind()).isEqualTo("data-shift");
                    assertThat(shift.describe()).isEqualTo("Churn: age mean is 44.5, away from its median 40 over"
                            + " its last 5 runs (change +11.3%)");
                });
        assertThat(history.degradations(Checks.run(true, mean("35.5", Status.PASSED)))).singleElement()
                .satisfies(shift -> assertThat(shift.describe()).endsWith("(change -11.3%)"));
        assertThat(history.degradations(Checks.run(true, mean("43.9", Status.PASSED)))).isEmpty();
    }

    @Test
    void a_data_statistic_whose_constraint_failed_is_a_reason_already_and_no_shift() throws IOException {
        History history = history("data", Checks.SUITE + "/[constraint:age.mean]", 40, 40, 40);

        assertThat(history.degradations(Checks.run(true, mean("70", Status.FAILED)))).isEmpty();
    }

    @Test
    void a_run_records_the_production_model_s_metric_and_the_data_s_statistics() throws IOException {
        Path file = dir.resolve("history.jsonl");

        History.append(file, Checks.run(true, comparison("roc_auc", 0.9, "higher"), mean("41.5", Status.PASSED)));

        assertThat(Files.readString(file)).contains("\"production\":{\"" + Checks.SUITE + " roc_auc\":0.9}")
                .contains("\"data\":{\"" + Checks.SUITE + "/[constraint:age.mean]\":41.5}");
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
