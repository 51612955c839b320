package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.PrecisionRecallCurve;
import dev.mlgate.metrics.RocCurve;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report entries of a comparison suite's node: its kind, its artifacts (role, path, rows, SHA-256) and
 * both models' ROC and precision-recall curves on the joined rows as chart JSON, each downsampled
 * deterministically to at most {@value #MAX_POINTS} points (first and last point always kept).
 */
final class SuiteEntries {

    static final int MAX_POINTS = 200;

    private SuiteEntries() {
    }

    static Map<String, String> of(String kind, BaselineState state) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mlgate.suite.kind", kind);
        entries.putAll(state.artifacts());
        entries.put("mlgate.comparison.rows", Integer.toString(state.joined().rows()));
        if (state.firstRun()) {
            entries.put("mlgate.comparison.firstRun", "true");
        }
        charts(entries, "candidate", state.candidate());
        if (state.baseline() != null) {
            charts(entries, "baseline", state.baseline());
        }
        return entries;
    }

    private static void charts(Map<String, String> entries, String role, BinaryScores view) {
        RocCurve roc = view.rocCurve();
        Metric auc = view.rocAuc();
        if (roc.isDefined() && auc.isDefined()) {
            entries.put("mlgate.chart.roc." + role, "{\"fpr\":" + array(roc.fpr()) + ",\"tpr\":" + array(roc.tpr())
                    + ",\"auc\":" + auc.value() + "}");
        }
        PrecisionRecallCurve pr = view.precisionRecallCurve();
        Metric ap = view.averagePrecision();
        if (pr.isDefined() && ap.isDefined()) {
            entries.put("mlgate.chart.pr." + role, "{\"recall\":" + array(pr.recall()) + ",\"precision\":"
                    + array(pr.precision()) + ",\"ap\":" + ap.value() + "}");
        }
    }

    /** The points kept by {@link #downsample}, as a JSON array. */
    private static String array(double[] values) {
        StringBuilder json = new StringBuilder("[");
        int[] kept = downsample(values.length, MAX_POINTS);
        for (int k = 0; k < kept.length; k++) {
            json.append(k == 0 ? "" : ",").append(values[kept[k]]);
        }
        return json.append(']').toString();
    }

    /**
     * Indexes of at most {@code max} of {@code n} points, evenly spaced: {@code round(k (n - 1) / (max - 1))}
     * for k = 0 .. max - 1, which always keeps the first and the last point; all points when n <= max.
     */
    static int[] downsample(int n, int max) {
        int count = Math.min(n, max);
        int[] kept = new int[count];
        for (int k = 0; k < count; k++) {
            kept[k] = n <= max ? k : (int) Math.round((double) k * (n - 1) / (max - 1));
        }
        return kept;
    }
}
