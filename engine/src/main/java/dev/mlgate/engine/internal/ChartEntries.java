package dev.mlgate.engine.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.CalibrationCurve;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.PrecisionRecallCurve;
import dev.mlgate.metrics.RocCurve;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart data of a binary model for the report, as suite-level entries: {@code mlgate.chart.roc.<role>}
 * = {@code {"fpr":[…],"tpr":[…],"auc":x}}, {@code mlgate.chart.pr.<role>} = {@code {"recall":[…],
 * "precision":[…],"ap":x}} and {@code mlgate.chart.calibration.<role>}, curves downsampled
 * deterministically to at most {@value #MAX_POINTS} points so reports stay small and byte-identical.
 */
public final class ChartEntries {

    /** The most points a published curve holds. */
    public static final int MAX_POINTS = 200;

    private ChartEntries() {
    }

    /**
     * The ROC, precision-recall and calibration charts of {@code view}, for the model in {@code role}:
     * {@code candidate} or {@code baseline} in a comparison, {@code model} in a quality suite.
     */
    public static Map<String, String> of(String role, BinaryScores view) {
        Map<String, String> entries = new LinkedHashMap<>();
        RocCurve roc = view.rocCurve();
        Metric auc = view.rocAuc();
        if (roc.isDefined() && auc.isDefined()) {
            int[] keep = downsample(roc.fpr().length, MAX_POINTS);
            entries.put(ResultEntries.PREFIX + "chart.roc." + role, "{\"fpr\":" + array(roc.fpr(), keep) + ",\"tpr\":"
                    + array(roc.tpr(), keep) + ",\"auc\":" + auc.value() + "}");
        }
        PrecisionRecallCurve pr = view.precisionRecallCurve();
        Metric ap = view.averagePrecision();
        if (pr.isDefined() && ap.isDefined()) {
            int[] keep = downsample(pr.recall().length, MAX_POINTS);
            entries.put(ResultEntries.PREFIX + "chart.pr." + role, "{\"recall\":" + array(pr.recall(), keep)
                    + ",\"precision\":" + array(pr.precision(), keep) + ",\"ap\":" + ap.value() + "}");
        }
        CalibrationCurve calibration = view.calibrationCurve(BinaryScores.DEFAULT_CALIBRATION_BINS);
        if (calibration.isDefined()) {
            List<CalibrationCurve.Bin> bins = calibration.bins();
            StringBuilder mean = new StringBuilder("[");
            StringBuilder rate = new StringBuilder("[");
            StringBuilder count = new StringBuilder("[");
            for (int b = 0; b < bins.size(); b++) {
                String comma = b == 0 ? "" : ",";
                mean.append(comma).append(bins.get(b).meanPredicted());
                rate.append(comma).append(bins.get(b).observedRate());
                count.append(comma).append(bins.get(b).count());
            }
            entries.put(ResultEntries.PREFIX + "chart.calibration." + role, "{\"meanPredicted\":" + mean
                    + "],\"observedRate\":" + rate + "],\"count\":" + count + "]}");
        }
        return entries;
    }

    /**
     * Indexes of at most {@code max} of {@code n} points, evenly spaced: {@code round(k (n - 1) / (max - 1))}
     * for k = 0 .. max - 1, which always keeps the first and the last point; all points when {@code n <= max}.
     */
    public static int[] downsample(int n, int max) {
        int count = Math.min(n, max);
        int[] kept = new int[count];
        for (int k = 0; k < count; k++) {
            kept[k] = n <= max ? k : (int) Math.round((double) k * (n - 1) / (max - 1));
        }
        return kept;
    }

    private static String array(double[] values, int[] keep) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < keep.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[keep[i]]);
        }
        return json.append(']').toString();
    }
}
