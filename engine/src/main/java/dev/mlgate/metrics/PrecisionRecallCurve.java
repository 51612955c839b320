package dev.mlgate.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * The points of a precision-recall curve, in scikit-learn 1.2's {@code precision_recall_curve} order:
 * thresholds increase, and the last point (precision 1, recall 0) has no threshold, so {@code precision}
 * and {@code recall} have one element more than {@code thresholds}. Element i counts rows with
 * {@code score >= thresholds[i]} as positive.
 *
 * <p>Undefined, with empty arrays and a reason, when there are no positive rows (recall has no
 * denominator; scikit-learn then sets recall to 1 with a warning).
 *
 * @param precision       precision at each threshold, then 1
 * @param recall          recall at each threshold (non-increasing), then 0
 * @param thresholds      the distinct scores, increasing
 * @param undefinedReason why the curve is undefined, or {@code null}
 */
public record PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds, String undefinedReason) {

    /** Copies the arrays and checks their lengths. */
    public PrecisionRecallCurve {
        precision = precision.clone();
        recall = recall.clone();
        thresholds = thresholds.clone();
        if (precision.length != recall.length || (precision.length != thresholds.length + 1 && undefinedReason == null)) {
            throw new IllegalArgumentException("precision and recall need one element more than thresholds");
        }
    }

    /**
     * An undefined curve.
     *
     * @param reason why
     * @return a curve with no points
     */
    public static PrecisionRecallCurve undefined(String reason) {
        return new PrecisionRecallCurve(new double[0], new double[0], new double[0], Objects.requireNonNull(reason));
    }

    /** @return whether the curve has points */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** @return a copy of the precisions */
    @Override
    public double[] precision() {
        return precision.clone();
    }

    /** @return a copy of the recalls */
    @Override
    public double[] recall() {
        return recall.clone();
    }

    /** @return a copy of the thresholds */
    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrecisionRecallCurve c && Arrays.equals(precision, c.precision)
                && Arrays.equals(recall, c.recall) && Arrays.equals(thresholds, c.thresholds)
                && Objects.equals(undefinedReason, c.undefinedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(precision), Arrays.hashCode(recall), Arrays.hashCode(thresholds),
                undefinedReason);
    }

    @Override
    public String toString() {
        return isDefined() ? "PrecisionRecallCurve[" + precision.length + " points]"
                : "PrecisionRecallCurve[undefined: " + undefinedReason + "]";
    }
}
