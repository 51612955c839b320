package dev.mlgate.assertions;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.ThresholdMetrics;
import dev.mlgate.metrics.ZeroDivision;
import java.util.Objects;
import org.assertj.core.api.AbstractDoubleAssert;

/**
 * Assertions on a binary classifier's scores: each of the engine's {@link BinaryScores} metrics as an AssertJ
 * double assertion described by the metric's name, bootstrap intervals, and comparison with a baseline. A
 * metric undefined on the rows (one class only, scores outside [0, 1] for log loss ...) fails with the
 * engine's reason. Threshold metrics predict positive when {@code score >= threshold}.
 *
 * <pre><code class='java'>
 * assertThat(scores).rocAuc().isGreaterThanOrEqualTo(0.85);
 * </code></pre>
 */
public class BinaryScoresAssert extends AbstractPredictionsAssert<BinaryScoresAssert, BinaryScores> {

    private ZeroDivision zeroDivision = ZeroDivision.UNDEFINED;

    /**
     * Made by {@link MlAssertions#assertThat(BinaryScores)}; public for soft assertions' proxies.
     *
     * @param actual the scores and labels
     */
    public BinaryScoresAssert(BinaryScores actual) {
        super(actual, BinaryScoresAssert.class);
    }

    /**
     * Sets what threshold metrics are when their denominator is 0 (default: undefined, which fails).
     * <p>Example: {@code assertThat(scores).withZeroDivision(ZeroDivision.ZERO).precisionAt(0.99).isLessThan(0.5);}
     *
     * @param policy the policy
     * @return this assertion
     */
    public BinaryScoresAssert withZeroDivision(ZeroDivision policy) {
        zeroDivision = Objects.requireNonNull(policy, "policy");
        return myself;
    }

    private ThresholdMetrics at(double threshold) {
        isNotNull();
        return actual.at(threshold).withZeroDivision(zeroDivision);
    }

    /**
     * ROC AUC, ties counting half (scikit-learn {@code roc_auc_score}).
     * <p>Example: {@code assertThat(scores).rocAuc().isGreaterThanOrEqualTo(0.85);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> rocAuc() {
        isNotNull();
        return value(actual.rocAuc());
    }

    /**
     * Average precision (scikit-learn {@code average_precision_score}).
     * <p>Example: {@code assertThat(scores).averagePrecision().isGreaterThan(0.6);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> averagePrecision() {
        isNotNull();
        return value(actual.averagePrecision());
    }

    /**
     * The trapezoidal area under the precision-recall curve.
     * <p>Example: {@code assertThat(scores).prAuc().isGreaterThan(0.6);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> prAuc() {
        isNotNull();
        return value(actual.prAuc());
    }

    /**
     * Log loss (scikit-learn {@code log_loss}); scores must be probabilities.
     * <p>Example: {@code assertThat(scores).logLoss().isLessThanOrEqualTo(0.35);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> logLoss() {
        isNotNull();
        return value(actual.logLoss());
    }

    /**
     * The Brier score (scikit-learn {@code brier_score_loss}).
     * <p>Example: {@code assertThat(scores).brierScore().isLessThan(0.2);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> brierScore() {
        isNotNull();
        return value(actual.brierScore());
    }

    /**
     * Expected calibration error over 10 equal-width bins.
     * <p>Example: {@code assertThat(scores).expectedCalibrationError().isLessThan(0.05);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> expectedCalibrationError() {
        isNotNull();
        return value(actual.expectedCalibrationError());
    }

    /**
     * Accuracy at a threshold.
     * <p>Example: {@code assertThat(scores).accuracyAt(0.5).isGreaterThan(0.8);}
     *
     * @param threshold the decision threshold
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> accuracyAt(double threshold) {
        return value(at(threshold).accuracy());
    }

    /**
     * Precision at a threshold.
     * <p>Example: {@code assertThat(scores).precisionAt(0.5).isGreaterThan(0.7);}
     *
     * @param threshold the decision threshold
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> precisionAt(double threshold) {
        return value(at(threshold).precision());
    }

    /**
     * Recall at a threshold.
     * <p>Example: {@code assertThat(scores).recallAt(0.5).isGreaterThanOrEqualTo(0.7);}
     *
     * @param threshold the decision threshold
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> recallAt(double threshold) {
        return value(at(threshold).recall());
    }

    /**
     * Specificity at a threshold.
     * <p>Example: {@code assertThat(scores).specificityAt(0.5).isGreaterThan(0.9);}
     *
     * @param threshold the decision threshold
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> specificityAt(double threshold) {
        return value(at(threshold).specificity());
    }

    /**
     * F1 at a threshold.
     * <p>Example: {@code assertThat(scores).f1At(0.5).isGreaterThan(0.7);}
     *
     * @param threshold the decision threshold
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> f1At(double threshold) {
        return value(at(threshold).f1());
    }

    /**
     * F-beta at a threshold.
     * <p>Example: {@code assertThat(scores).fBetaAt(0.3, 2).isGreaterThan(0.7);}
     *
     * @param threshold the decision threshold
     * @param beta the weight of recall
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> fBetaAt(double threshold, double beta) {
        return value(at(threshold).fBeta(beta));
    }

    /**
     * Matthews correlation coefficient at a threshold.
     * <p>Example: {@code assertThat(scores).mccAt(0.5).isGreaterThan(0.4);}
     *
     * @param threshold the decision threshold
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> mccAt(double threshold) {
        return value(at(threshold).mcc());
    }

    /**
     * Balanced accuracy at a threshold.
     * <p>Example: {@code assertThat(scores).balancedAccuracyAt(0.5).isGreaterThan(0.75);}
     *
     * @param threshold the decision threshold
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> balancedAccuracyAt(double threshold) {
        return value(at(threshold).balancedAccuracy());
    }

    /**
     * ROC AUC's bootstrap confidence interval.
     * <p>Example: {@code assertThat(scores).rocAucInterval(0.95).lowerBoundIsAtLeast(0.85);}
     *
     * @param confidence the nominal coverage, in (0, 1)
     * @return an assertion on the interval
     */
    public IntervalAssert rocAucInterval(double confidence) {
        return interval(BinaryScores::rocAuc, confidence);
    }

    /**
     * Average precision's bootstrap confidence interval.
     * <p>Example: {@code assertThat(scores).averagePrecisionInterval(0.95).lowerBoundIsAtLeast(0.6);}
     *
     * @param confidence the nominal coverage, in (0, 1)
     * @return an assertion on the interval
     */
    public IntervalAssert averagePrecisionInterval(double confidence) {
        return interval(BinaryScores::averagePrecision, confidence);
    }

    /**
     * Log loss's bootstrap confidence interval.
     * <p>Example: {@code assertThat(scores).logLossInterval(0.95).upperBoundIsAtMost(0.35);}
     *
     * @param confidence the nominal coverage, in (0, 1)
     * @return an assertion on the interval
     */
    public IntervalAssert logLossInterval(double confidence) {
        return interval(BinaryScores::logLoss, confidence);
    }

    /**
     * The Brier score's bootstrap confidence interval.
     * <p>Example: {@code assertThat(scores).brierScoreInterval(0.95).upperBoundIsAtMost(0.2);}
     *
     * @param confidence the nominal coverage, in (0, 1)
     * @return an assertion on the interval
     */
    public IntervalAssert brierScoreInterval(double confidence) {
        return interval(BinaryScores::brierScore, confidence);
    }
}
