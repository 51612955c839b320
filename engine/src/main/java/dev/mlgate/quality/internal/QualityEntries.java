package dev.mlgate.quality.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.CalibrationCurve;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.PrecisionRecallCurve;
import dev.mlgate.metrics.RocCurve;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report entries a model-quality suite publishes once on its suite node (the engine adds its kind):
 * its task, the artifact it read and, for a binary task, the ROC, precision-recall and calibration curves of the candidate as
 * JSON, each downsampled deterministically to at most {@link #MAX_POINTS} points.
 */
final class QualityEntries {

    /** The most points a published curve holds. */
    static final int MAX_POINTS = 200;

    private static final String PREFIX = "mlgate.";

    private QualityEntries() {
    }

    static Map<String, String> of(QualityState state) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(PREFIX + "suite.task", state.task().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        entries.putAll(state.artifacts());
        if (state.view() instanceof BinaryScores scores) {
            charts(scores, entries);
        }
        return entries;
    }

    private static void charts(BinaryScores scores, Map<String, String> entries) {
        RocCurve roc = scores.rocCurve();
        Metric auc = scores.rocAuc();
        if (roc.isDefined() && auc.isDefined()) {
            int[] keep = downsample(roc.fpr().length);
            entries.put(PREFIX + "chart.roc.candidate", "{\"fpr\":" + array(roc.fpr(), keep) + ",\"tpr\":"
                    + array(roc.tpr(), keep) + ",\"auc\":" + auc.value() + "}");
        }
        PrecisionRecallCurve pr = scores.precisionRecallCurve();
        Metric ap = scores.averagePrecision();
        if (pr.isDefined() && ap.isDefined()) {
            int[] keep = downsample(pr.recall().length);
            entries.put(PREFIX + "chart.pr.candidate", "{\"recall\":" + array(pr.recall(), keep) + ",\"precision\":"
                    + array(pr.precision(), keep) + ",\"ap\":" + ap.value() + "}");
        }
        CalibrationCurve calibration = scores.calibrationCurve(BinaryScores.DEFAULT_CALIBRATION_BINS);
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
            entries.put(PREFIX + "chart.calibration.candidate", "{\"meanPredicted\":" + mean + "],\"observedRate\":"
                    + rate + "],\"count\":" + count + "]}");
        }
    }

    /**
     * The indexes of at most {@link #MAX_POINTS} points of a curve of {@code n} points: all of them, or
     * {@code round(i (n - 1) / (MAX_POINTS - 1))} for i = 0 .. MAX_POINTS - 1, which keeps the first and
     * the last point and is the same on every run.
     */
    static int[] downsample(int n) {
        int count = Math.min(n, MAX_POINTS);
        int[] keep = new int[count];
        for (int i = 0; i < count; i++) {
            keep[i] = n <= MAX_POINTS ? i : (int) Math.round((double) i * (n - 1) / (MAX_POINTS - 1));
        }
        return keep;
    }

    private static String array(double[] values, int[] keep) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < keep.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[keep[i]]);
        }
        return json.append(']').toString();
    }
}
