package dev.mlgate.metrics;

import java.util.Objects;

/**
 * The confusion counts of a binary classifier at one threshold, and the metrics derived from them.
 *
 * <p>A row is predicted positive when {@code score >= threshold}. Counts are weighted by the view's frequency
 * weights. Every metric equals scikit-learn's on {@code y_pred = score >= threshold} with the same
 * {@code sample_weight}; the ratio metrics follow this record's {@link ZeroDivision} policy when their
 * denominator is 0. With no rows at all every metric is undefined, whatever the policy.
 *
 * @param threshold    the decision threshold
 * @param tp           weighted positives predicted positive
 * @param fp           weighted negatives predicted positive
 * @param tn           weighted negatives predicted negative
 * @param fn           weighted positives predicted negative
 * @param zeroDivision what a ratio with a zero denominator is
 */
public record ThresholdMetrics(double threshold, long tp, long fp, long tn, long fn, ZeroDivision zeroDivision) {

    /** Checks the counts are non-negative and the policy present. */
    public ThresholdMetrics {
        Objects.requireNonNull(zeroDivision, "zeroDivision");
        if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
            throw new IllegalArgumentException("confusion counts must be non-negative");
        }
    }

    /**
     * The same counts with another zero-division policy.
     *
     * @param policy the policy; {@link ZeroDivision#ZERO} and {@link ZeroDivision#ONE} match scikit-learn's
     *               {@code zero_division=0/1}
     * @return a copy with the policy
     */
    public ThresholdMetrics withZeroDivision(ZeroDivision policy) {
        return new ThresholdMetrics(threshold, tp, fp, tn, fn, policy);
    }

    /** @return the weighted number of rows */
    public long total() {
        return tp + fp + tn + fn;
    }

    /**
     * Accuracy {@code (tp + tn) / n} (scikit-learn {@code accuracy_score}).
     *
     * @return the metric, undefined with no rows
     */
    public Metric accuracy() {
        return noRows("accuracy").orElseGet(() -> defined("accuracy", (double) (tp + tn) / total()));
    }

    /**
     * Balanced accuracy: the mean recall over the classes present among the true labels
     * (scikit-learn {@code balanced_accuracy_score}). With only one class present it is that class's recall,
     * as in scikit-learn (which warns); the zero-division policy does not apply.
     *
     * @return the metric, undefined with no rows
     */
    public Metric balancedAccuracy() {
        return noRows("balanced_accuracy").orElseGet(() -> {
            long positives = tp + fn;
            long negatives = tn + fp;
            double sum = 0.0;
            int classes = 0;
            if (positives > 0) {
                sum += (double) tp / positives;
                classes++;
            }
            if (negatives > 0) {
                sum += (double) tn / negatives;
                classes++;
            }
            return defined("balanced_accuracy", sum / classes);
        });
    }

    /**
     * Precision {@code tp / (tp + fp)} (scikit-learn {@code precision_score}); zero division when no row is
     * predicted positive.
     *
     * @return the metric
     */
    public Metric precision() {
        return ratio("precision", tp, tp + fp, "no row has a score >= " + threshold + " (no predicted positives)");
    }

    /**
     * Recall (sensitivity, true positive rate) {@code tp / (tp + fn)} (scikit-learn {@code recall_score});
     * zero division when there are no positive rows.
     *
     * @return the metric
     */
    public Metric recall() {
        return ratio("recall", tp, tp + fn, "the rows hold no positives");
    }

    /**
     * Specificity (true negative rate) {@code tn / (tn + fp)} (scikit-learn {@code recall_score} with
     * {@code pos_label=0}); zero division when there are no negative rows.
     *
     * @return the metric
     */
    public Metric specificity() {
        return ratio("specificity", tn, tn + fp, "the rows hold no negatives");
    }

    /**
     * F1, the harmonic mean of precision and recall (scikit-learn {@code f1_score}); see {@link #fBeta(double)}.
     *
     * @return the metric
     */
    public Metric f1() {
        return fScore("f1", 1.0);
    }

    /**
     * F-beta {@code (1 + b^2) P R / (b^2 P + R)} (scikit-learn {@code fbeta_score}, 1.2 semantics): precision and
     * recall take the zero-division value when their own denominator is 0, and F is 0 when {@code b^2 P + R = 0}.
     * Only when there are no positives and no predicted positives ({@code tp + fp + fn = 0}) is F itself a zero
     * division: undefined, 0 or 1 by the policy.
     *
     * @param beta the weight of recall, finite and greater than 0
     * @return the metric
     */
    public Metric fBeta(double beta) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and greater than 0, got " + beta);
        }
        return fScore("f_beta(" + beta + ")", beta);
    }

    /**
     * Matthews correlation coefficient (scikit-learn {@code matthews_corrcoef}). When its denominator is 0
     * (all true labels or all predictions in one class) it is 0, as scikit-learn returns; the zero-division
     * policy does not apply.
     *
     * @return the metric, undefined with no rows
     */
    public Metric mcc() {
        return noRows("mcc").orElseGet(() -> {
            double n = total();
            double tSumNeg = tn + fp;
            double tSumPos = fn + tp;
            double pSumNeg = tn + fn;
            double pSumPos = fp + tp;
            double covYtYp = (double) (tp + tn) * n - (tSumNeg * pSumNeg + tSumPos * pSumPos);
            double covYpYp = n * n - (pSumNeg * pSumNeg + pSumPos * pSumPos);
            double covYtYt = n * n - (tSumNeg * tSumNeg + tSumPos * tSumPos);
            double denominator = covYtYt * covYpYp;
            return defined("mcc", denominator == 0 ? 0.0 : covYtYp / Math.sqrt(denominator));
        });
    }

    private Metric fScore(String name, double beta) {
        String fullName = name + "@" + threshold;
        if (total() == 0) {
            return undefinedNoRows(fullName);
        }
        if (tp + fp + fn == 0) {
            if (zeroDivision == ZeroDivision.UNDEFINED) {
                return Metric.undefined(fullName, Direction.HIGHER_IS_BETTER, fullName
                        + " is undefined: the rows hold no positives and no row has a score >= " + threshold
                        + "; choose ZeroDivision.ZERO or ONE to give it a value");
            }
            return Metric.of(fullName, zeroDivision.value(), Direction.HIGHER_IS_BETTER);
        }
        double substitute = zeroDivision == ZeroDivision.UNDEFINED ? 0.0 : zeroDivision.value();
        double p = tp + fp == 0 ? substitute : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? substitute : (double) tp / (tp + fn);
        double beta2 = beta * beta;
        double denominator = beta2 * p + r;
        double f = denominator == 0.0 ? 0.0 : (1 + beta2) * p * r / denominator;
        return Metric.of(fullName, f, Direction.HIGHER_IS_BETTER);
    }

    private Metric ratio(String name, long numerator, long denominator, String why) {
        String fullName = name + "@" + threshold;
        if (total() == 0) {
            return undefinedNoRows(fullName);
        }
        if (denominator == 0) {
            if (zeroDivision == ZeroDivision.UNDEFINED) {
                return Metric.undefined(fullName, Direction.HIGHER_IS_BETTER, fullName + " is undefined: " + why
                        + "; choose ZeroDivision.ZERO or ONE to give it a value");
            }
            return Metric.of(fullName, zeroDivision.value(), Direction.HIGHER_IS_BETTER);
        }
        return Metric.of(fullName, (double) numerator / denominator, Direction.HIGHER_IS_BETTER);
    }

    private java.util.Optional<Metric> noRows(String name) {
        return total() == 0 ? java.util.Optional.of(undefinedNoRows(name + "@" + threshold)) : java.util.Optional.empty();
    }

    private Metric defined(String name, double value) {
        return Metric.of(name + "@" + threshold, value, Direction.HIGHER_IS_BETTER);
    }

    private static Metric undefinedNoRows(String fullName) {
        return Metric.undefined(fullName, Direction.HIGHER_IS_BETTER, fullName + " is undefined: there are no rows");
    }
}
