package dev.mlgate.metrics;

import dev.mlgate.metrics.internal.BinaryCurves;
import dev.mlgate.metrics.internal.BinaryData;
import dev.mlgate.metrics.internal.ProbabilityMetrics;
import dev.mlgate.metrics.internal.RankingMetrics;
import dev.mlgate.metrics.internal.Rows;
import dev.mlgate.metrics.internal.Weights;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The evaluation view of a binary classifier: one score and one true label per row, with optional integer
 * frequency weights. Immutable.
 *
 * <p>Rows are sorted by score once, when the view is built, and stored in that order; views made with
 * {@link #withWeights(int[])}
 * share that order, so a bootstrap resample costs O(n). Every metric equals scikit-learn 1.2's on the
 * same scores and labels (label 1 = positive) with {@code sample_weight=weights}; an integer weight k is
 * the same as the row repeated k times, and weight 0 the same as the row being absent.
 *
 * <p>A metric that cannot be computed on the rows is returned as {@link Metric#undefined undefined}
 * with a reason, never as NaN.
 */
public final class BinaryScores implements Resamplable<BinaryScores> {

    /** The number of bins of {@link #expectedCalibrationError()}. */
    public static final int DEFAULT_CALIBRATION_BINS = 10;

    private final BinaryData data;
    private final IntFunction<String> rows;

    private BinaryScores(BinaryData data, IntFunction<String> rows) {
        this.data = data;
        this.rows = rows;
    }

    /**
     * A view with every row weighted 1.
     *
     * @param scores one finite score per row (higher means more likely positive); copied
     * @param labels one label per row, {@code true} for the positive class; copied
     * @return the view
     * @throws IllegalArgumentException if the lengths differ, or a score is NaN or infinite (the message names
     *                                  its 0-based index)
     */
    public static BinaryScores of(double[] scores, boolean[] labels) {
        if (scores == null || labels == null) {
            throw new IllegalArgumentException("scores and labels must not be null");
        }
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(
                    "scores and labels differ in length: " + scores.length + " scores, " + labels.length + " labels");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score at index " + i + " is " + scores[i] + "; scores must be finite");
            }
        }
        return new BinaryScores(BinaryData.sort(scores, labels), row -> "at index " + row);
    }

    /**
     * A view with frequency weights.
     *
     * @param scores  one finite score per row; copied
     * @param labels  one label per row; copied
     * @param weights one non-negative frequency weight per row; copied
     * @return the view
     * @throws IllegalArgumentException as {@link #of(double[], boolean[])}, or for a bad weight
     */
    public static BinaryScores of(double[] scores, boolean[] labels, int[] weights) {
        return of(scores, labels).withWeights(weights);
    }

    @Override
    public BinaryScores withWeights(int[] weights) {
        return new BinaryScores(data.withWeights(Weights.checkedCopy(weights, data.size())), rows);
    }

    /**
     * The same view whose messages name a row by {@code describe(row)} instead of its 0-based index, such
     * as {@code on line 6 (row 5)} for a view read from a file; slices keep naming their rows this way.
     *
     * @param describe the phrase locating a 0-based row of this view, following "the score "
     * @return the view
     */
    public BinaryScores describingRows(IntFunction<String> describe) {
        return new BinaryScores(data, Objects.requireNonNull(describe, "describe"));
    }

    /**
     * The view restricted to some rows (a slice), keeping their weights; the new view's row i is
     * {@code rowIndices[i]} of this one. Derives its order from this view's in O(n), without sorting.
     *
     * @param rowIndices distinct row indices of this view
     * @return the slice
     */
    public BinaryScores subset(int[] rowIndices) {
        int[] kept = Rows.checkedSubset(rowIndices, data.size());
        return new BinaryScores(data.subset(kept), row -> rows.apply(kept[row]));
    }

    /**
     * The view restricted to the rows a mask keeps, in their original order.
     *
     * @param mask one flag per row
     * @return the slice
     */
    public BinaryScores filter(boolean[] mask) {
        return subset(Rows.ofMask(mask, data.size()));
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public int weight(int row) {
        return data.weightOfRow(row);
    }

    /**
     * @param row a 0-based row index
     * @return the row's score
     */
    public double score(int row) {
        return data.scores()[data.rank()[row]];
    }

    /**
     * @param row a 0-based row index
     * @return whether the row's true label is positive
     */
    public boolean isPositive(int row) {
        return data.labels()[data.rank()[row]];
    }

    /** @return the weighted number of positive rows */
    public long positives() {
        return data.positives();
    }

    /** @return the weighted number of negative rows */
    public long negatives() {
        return data.total() - data.positives();
    }

    /**
     * ROC AUC, the area under the ROC curve, with tied scores of a positive and a negative counting half
     * (scikit-learn {@code roc_auc_score}). Higher is better.
     *
     * @return the metric; undefined when either class has no rows
     */
    public Metric rocAuc() {
        double auc = RankingMetrics.rocAuc(data);
        if (Double.isNaN(auc)) {
            return Metric.undefined("roc_auc", Direction.HIGHER_IS_BETTER,
                    "ROC AUC is undefined: " + classProblem(positives(), negatives()));
        }
        return Metric.of("roc_auc", auc, Direction.HIGHER_IS_BETTER);
    }

    /**
     * Average precision, scikit-learn's step-wise sum {@code sum_n (R_n - R_(n-1)) P_n} over the distinct
     * scores, without interpolation ({@code average_precision_score}). Higher is better.
     *
     * @return the metric; undefined when there are no positive rows (scikit-learn warns and returns 0)
     */
    public Metric averagePrecision() {
        long p = positives();
        if (p == 0) {
            return Metric.undefined("average_precision", Direction.HIGHER_IS_BETTER,
                    "average precision is undefined: " + noPositives());
        }
        return Metric.of("average_precision", RankingMetrics.averagePrecision(data, p), Direction.HIGHER_IS_BETTER);
    }

    /**
     * PR AUC: the trapezoidal area under {@link #precisionRecallCurve()} (scikit-learn
     * {@code auc(recall, precision)}). Unlike {@link #averagePrecision()} it interpolates linearly between
     * points, which is optimistic; it is a different number. Higher is better.
     *
     * @return the metric; undefined when there are no positive rows
     */
    public Metric prAuc() {
        long p = positives();
        if (p == 0) {
            return Metric.undefined("pr_auc", Direction.HIGHER_IS_BETTER, "PR AUC is undefined: " + noPositives());
        }
        return Metric.of("pr_auc", RankingMetrics.prAuc(data, p), Direction.HIGHER_IS_BETTER);
    }

    /**
     * Log loss, the weighted mean of {@code -log} of the probability given to the true class (scikit-learn
     * 1.2 {@code log_loss} with {@code labels=[0, 1]}). Scores must be probabilities of the positive class.
     * Each is clipped to {@code [eps, 1 - eps]} with eps = 2^-52, the float64 machine epsilon
     * ({@code eps="auto"}, scikit-learn's default since 1.2 and its fixed value since 1.5), and the pair
     * {@code (1-p, p)} is renormalised to sum to 1 as scikit-learn 1.2 does. Defined with one class only
     * (the labels are known to be {0, 1}). Lower is better.
     *
     * @return the metric; undefined with no rows or a score outside [0, 1] (the reason names its index)
     */
    public Metric logLoss() {
        return probabilityMetric("log_loss", "log loss", () -> ProbabilityMetrics.logLoss(data));
    }

    /**
     * The Brier score, the weighted mean squared difference between the score and the 0/1 label
     * (scikit-learn {@code brier_score_loss}). Lower is better.
     *
     * @return the metric; undefined with no rows or a score outside [0, 1]
     */
    public Metric brierScore() {
        return probabilityMetric("brier_score", "Brier score", () -> ProbabilityMetrics.brierScore(data));
    }

    /**
     * Expected calibration error with 10 bins; see {@link #expectedCalibrationError(int)}.
     *
     * @return the metric
     */
    public Metric expectedCalibrationError() {
        return expectedCalibrationError(DEFAULT_CALIBRATION_BINS);
    }

    /**
     * Expected calibration error {@code sum_b (n_b / n) |mean score_b - positive rate_b|} over equal-width
     * bins of [0, 1] (bin i holds {@code i/B <= p < (i+1)/B}, the last bin also {@code p = 1}; n_b is the
     * weighted row count of bin b). scikit-learn has no such function; the tests compute it with numpy.
     * Lower is better.
     *
     * @param bins the number of bins, at least 1
     * @return the metric; undefined with no rows or a score outside [0, 1]
     */
    public Metric expectedCalibrationError(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        return probabilityMetric("expected_calibration_error", "expected calibration error",
                () -> ProbabilityMetrics.expectedCalibrationError(data, bins));
    }

    /**
     * The confusion counts at a threshold: a row is predicted positive when {@code score >= threshold}.
     * Ratio metrics default to {@link ZeroDivision#UNDEFINED}; change it with
     * {@link ThresholdMetrics#withZeroDivision(ZeroDivision)}.
     *
     * @param threshold the threshold, not NaN
     * @return the counts and their metrics
     */
    public ThresholdMetrics at(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must not be NaN");
        }
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < data.size(); i++) {
            int w = data.weightAt(i);
            boolean predicted = data.scores()[i] >= threshold;
            if (data.labels()[i]) {
                if (predicted) {
                    tp += w;
                } else {
                    fn += w;
                }
            } else if (predicted) {
                fp += w;
            } else {
                tn += w;
            }
        }
        return new ThresholdMetrics(threshold, tp, fp, tn, fn, ZeroDivision.UNDEFINED);
    }

    /**
     * The ROC curve, as scikit-learn 1.2 {@code roc_curve(drop_intermediate=False)}.
     *
     * @return the curve; undefined when either class has no rows
     */
    public RocCurve rocCurve() {
        long p = positives();
        long n = negatives();
        if (p == 0 || n == 0) {
            return RocCurve.undefined("the ROC curve is undefined: " + classProblem(p, n));
        }
        return BinaryCurves.roc(data, p, n);
    }

    /**
     * The precision-recall curve, as scikit-learn 1.2 {@code precision_recall_curve}.
     *
     * @return the curve; undefined when there are no positive rows
     */
    public PrecisionRecallCurve precisionRecallCurve() {
        long p = positives();
        if (p == 0) {
            return PrecisionRecallCurve.undefined("the precision-recall curve is undefined: " + noPositives());
        }
        return BinaryCurves.precisionRecall(data, p);
    }

    /**
     * The calibration curve over equal-width bins (the bins of {@link #expectedCalibrationError(int)}).
     *
     * @param bins the number of bins, at least 1
     * @return the curve; undefined with no rows or a score outside [0, 1]
     */
    public CalibrationCurve calibrationCurve(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        Metric check = probabilityMetric("calibration_curve", "the calibration curve", () -> 0.0);
        if (!check.isDefined()) {
            return new CalibrationCurve(java.util.List.of(), check.undefinedReason());
        }
        return BinaryCurves.calibration(data, bins);
    }

    private Metric probabilityMetric(String name, String displayName, java.util.function.DoubleSupplier value) {
        if (data.total() == 0) {
            return Metric.undefined(name, Direction.LOWER_IS_BETTER, displayName + " is undefined: there are no rows");
        }
        int bad = ProbabilityMetrics.firstNonProbability(data);
        if (bad >= 0) {
            return Metric.undefined(name, Direction.LOWER_IS_BETTER, displayName + " is undefined: the score "
                    + rows.apply(bad) + " is " + score(bad) + ", not a probability in [0, 1]");
        }
        return Metric.of(name, value.getAsDouble(), Direction.LOWER_IS_BETTER);
    }

    private static String classProblem(long p, long n) {
        if (p == 0 && n == 0) {
            return "there are no rows";
        }
        return "the evaluation rows hold only one class (positive: " + p + ", negative: " + n + ")";
    }

    private String noPositives() {
        long n = negatives();
        return n == 0 ? "there are no rows" : "the evaluation rows hold no positives (positive: 0, negative: " + n + ")";
    }

    @Override
    public String toString() {
        return "BinaryScores[rows=" + size() + ", positives=" + positives() + ", negatives=" + negatives() + "]";
    }
}
