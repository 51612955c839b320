package dev.mlgate.metrics.internal;

import dev.mlgate.metrics.CalibrationCurve;
import dev.mlgate.metrics.PrecisionRecallCurve;
import dev.mlgate.metrics.RocCurve;
import java.util.ArrayList;
import java.util.List;

/** Builds the chart curves of a binary view from its threshold counts and bins. */
public final class BinaryCurves {

    private BinaryCurves() {
    }

    /**
     * The ROC curve with a leading (0, 0) point at threshold {@code max score + 1} (scikit-learn 1.2).
     *
     * @param data      the rows
     * @param positives weighted positives, greater than 0
     * @param negatives weighted negatives, greater than 0
     * @return the curve
     */
    public static RocCurve roc(BinaryData data, long positives, long negatives) {
        ThresholdCounts c = ThresholdCounts.of(data);
        int m = c.length();
        double[] fpr = new double[m + 1];
        double[] tpr = new double[m + 1];
        double[] thresholds = new double[m + 1];
        thresholds[0] = c.thresholds()[0] + 1;
        for (int i = 0; i < m; i++) {
            fpr[i + 1] = (double) c.fps()[i] / negatives;
            tpr[i + 1] = (double) c.tps()[i] / positives;
            thresholds[i + 1] = c.thresholds()[i];
        }
        return new RocCurve(fpr, tpr, thresholds, null);
    }

    /**
     * The precision-recall curve in scikit-learn's order (thresholds increasing, then the point (R 0, P 1)).
     *
     * @param data      the rows
     * @param positives weighted positives, greater than 0
     * @return the curve
     */
    public static PrecisionRecallCurve precisionRecall(BinaryData data, long positives) {
        ThresholdCounts c = ThresholdCounts.of(data);
        int m = c.length();
        double[] precision = new double[m + 1];
        double[] recall = new double[m + 1];
        double[] thresholds = new double[m];
        for (int i = 0; i < m; i++) {
            int j = m - 1 - i;
            long tp = c.tps()[j];
            precision[i] = (double) tp / (tp + c.fps()[j]);
            recall[i] = (double) tp / positives;
            thresholds[i] = c.thresholds()[j];
        }
        precision[m] = 1.0;
        recall[m] = 0.0;
        return new PrecisionRecallCurve(precision, recall, thresholds, null);
    }

    /**
     * The non-empty bins of a calibration curve.
     *
     * @param data the rows, scores in [0, 1]
     * @param bins the number of equal-width bins
     * @return the curve
     */
    public static CalibrationCurve calibration(BinaryData data, int bins) {
        double[][] sums = ProbabilityMetrics.binSums(data, bins);
        List<CalibrationCurve.Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double count = sums[b][0];
            if (count > 0) {
                out.add(new CalibrationCurve.Bin((double) b / bins, (double) (b + 1) / bins,
                        sums[b][1] / count, sums[b][2] / count, (long) count));
            }
        }
        return new CalibrationCurve(out, null);
    }
}
