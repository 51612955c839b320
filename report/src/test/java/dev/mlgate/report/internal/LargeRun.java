package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Example;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The other process of {@code ReportMemoryTest}: records a number of earlier runs in the history, then
 * writes the report of a passing run of many model quality suites (curves, gates, drift histograms,
 * example rows) under the small heap it was started with, as the listener does at the end of a run.
 * Arguments: report directory, suites, earlier runs. Exits 0 when every file was written.
 */
public final class LargeRun {

    private LargeRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Run run = of(Integer.parseInt(args[1]));
        ReportSettings settings = new ReportSettings(true, dir, dir, dir.resolve("history.jsonl"));
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            History.append(settings.historyFile(), run);
        }
        RunStamp stamp = RunStamp.startingNow();
        ReportWriter writer = ReportWriter.onDisk();
        writer.writePending(settings, stamp);
        writer.write(run, settings, stamp);
        Runtime runtime = Runtime.getRuntime();
        System.out.println("heap used " + (runtime.totalMemory() - runtime.freeMemory()) / 1_048_576 + " MiB of "
                + runtime.maxMemory() / 1_048_576);
    }

    /** A complete, passing run of {@code count} suites of twelve checks each. */
    static Run of(int count) {
        List<Suite> suites = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            String className = String.format(Locale.ROOT, "com.example.quality.ChurnModel%04d", s);
            String id = "[engine:mlgate]/[suite:" + className + "]";
            List<Check> checks = new ArrayList<>();
            for (int g = 0; g < 6; g++) {
                String name = "rocAucOfSegment" + g;
                checks.add(new Check(id + "/[gate:" + name + "]", null, "gate", className, name, name + " >= 0.8", null,
                        null, Status.PASSED, true, "roc_auc", "0." + (900_000 + s * 7 + g), ">= 0.8", "0.88", "0.93",
                        null, null, List.of(), null, new TreeMap<>(Map.of("rows", "25000")), null));
            }
            for (int d = 0; d < 6; d++) {
                String column = "feature_" + d;
                checks.add(new Check(id + "/[drift:" + column + "]", null, "drift", className, column,
                        "PSI of " + column + " <= 0.2", null, column, Status.PASSED, true, "PSI", "0.0" + d, "<= 0.2",
                        null, null, "0.4" + d, "0.6" + d, examples(), "within the reference distribution",
                        new TreeMap<>(Map.of("bins", "20")), histogram(d)));
            }
            TreeMap<String, JsonNode> charts = new TreeMap<>();
            charts.put("roc.candidate", curve("fpr", "tpr", "auc"));
            charts.put("pr.candidate", curve("recall", "precision", "ap"));
            suites.add(new Suite(id, "model quality", className, className.substring(20), Status.PASSED, null,
                    List.of(new Artifact("predictions", "data/predictions-" + s + ".csv", "ab".repeat(32), "25000",
                            "1048576")), charts, checks));
        }
        return new Run(new RunInfo("0.1.0", "jvm", "0123456789abcdef", "42", "cafe", true, List.of()), suites,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            examples.add(new Example(String.valueOf(1000 + i), "value " + i));
        }
        return examples;
    }

    private static ObjectNode histogram(int seed) {
        ObjectNode histogram = Json.MAPPER.createObjectNode();
        ArrayNode edges = histogram.putArray("edges");
        ArrayNode reference = histogram.putArray("reference");
        ArrayNode current = histogram.putArray("current");
        for (int i = 0; i < 20; i++) {
            edges.add(i * 0.5);
            reference.add(100 + (i * 37 + seed) % 50);
            current.add(100 + (i * 41 + seed) % 50);
        }
        edges.add(10.0);
        return histogram;
    }

    private static ObjectNode curve(String x, String y, String score) {
        ObjectNode curve = Json.MAPPER.createObjectNode();
        ArrayNode xs = curve.putArray(x);
        ArrayNode ys = curve.putArray(y);
        for (int i = 0; i <= 100; i++) {
            xs.add(i / 100.0);
            ys.add(Math.sqrt(i / 100.0));
        }
        curve.put(score, 0.91);
        return curve;
    }
}
