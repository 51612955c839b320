package dev.mlgate.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * The points of a ROC curve, as scikit-learn 1.2's {@code roc_curve(y, score, drop_intermediate=False)}
 * returns them: one point per distinct score (highest first) plus a leading point (0, 0) whose threshold is
 * the highest score + 1 (scikit-learn 1.3 and later use +infinity there instead).
 *
 * <p>The curve is undefined, with empty arrays and a reason, when either class has no rows
 * (scikit-learn then returns NaN rates with a warning).
 *
 * @param fpr             false positive rates, non-decreasing from 0 to 1
 * @param tpr             true positive rates, non-decreasing from 0 to 1
 * @param thresholds      decreasing thresholds: a point counts rows with {@code score >= threshold} as positive
 * @param undefinedReason why the curve is undefined, or {@code null}
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds, String undefinedReason) {

    /** Copies the arrays and checks they have equal lengths. */
    public RocCurve {
        fpr = fpr.clone();
        tpr = tpr.clone();
        thresholds = thresholds.clone();
        if (fpr.length != tpr.length || fpr.length != thresholds.length) {
            throw new IllegalArgumentException("fpr, tpr and thresholds must have the same length");
        }
    }

    /**
     * An undefined curve.
     *
     * @param reason why
     * @return a curve with no points
     */
    public static RocCurve undefined(String reason) {
        return new RocCurve(new double[0], new double[0], new double[0], Objects.requireNonNull(reason));
    }

    /** @return whether the curve has points */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** @return a copy of the false positive rates */
    @Override
    public double[] fpr() {
        return fpr.clone();
    }

    /** @return a copy of the true positive rates */
    @Override
    public double[] tpr() {
        return tpr.clone();
    }

    /** @return a copy of the thresholds */
    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RocCurve c && Arrays.equals(fpr, c.fpr) && Arrays.equals(tpr, c.tpr)
                && Arrays.equals(thresholds, c.thresholds) && Objects.equals(undefinedReason, c.undefinedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(fpr), Arrays.hashCode(tpr), Arrays.hashCode(thresholds), undefinedReason);
    }

    @Override
    public String toString() {
        return isDefined() ? "RocCurve[" + fpr.length + " points]" : "RocCurve[undefined: " + undefinedReason + "]";
    }
}
