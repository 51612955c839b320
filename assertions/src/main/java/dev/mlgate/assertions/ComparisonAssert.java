package dev.mlgate.assertions;

import dev.mlgate.assertions.internal.ComparisonAssertions;
import dev.mlgate.engine.Constants;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.Resamplable;
import java.util.function.Function;

/**
 * Assertions on a candidate model against a baseline on the same rows. The metric is any function of the
 * predictions (a built-in one reads {@code BinaryScores::rocAuc}); its {@link Metric#direction()} says which way
 * is better, so the same assertion serves ROC AUC and log loss.
 *
 * <pre><code class='java'>
 * assertThat(candidate).comparedTo(production).isNotWorseThanBaselineBy(BinaryScores::logLoss, 0.01);
 * </code></pre>
 *
 * @param <V> the kind of predictions
 */
public class ComparisonAssert<V extends Resamplable<V>> extends AbstractMlAssert<ComparisonAssert<V>, Comparison<V>> {

    private long seed = Constants.DEFAULT_SEED;
    private int resamples = Constants.DEFAULT_BOOTSTRAP_RESAMPLES;

    /**
     * Made by {@link MlAssertions#assertThat(Comparison)}; public for soft assertions' proxies.
     *
     * @param actual the candidate and the baseline
     */
    public ComparisonAssert(Comparison<V> actual) {
        super(actual, ComparisonAssert.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <V extends Resamplable<V>> ComparisonAssert<V> navigateFrom(AbstractMlAssert<?, ?> from,
            Comparison<V> comparison) {
        return (ComparisonAssert<V>) from.navigate((Class) ComparisonAssert.class, Comparison.class, comparison,
                value -> new ComparisonAssert<>((Comparison) value));
    }

    /**
     * Seeds the paired bootstrap (default {@value Constants#DEFAULT_SEED}).
     * <p>Example: {@code assertThat(comparison).withSeed(7).isSignificantlyBetterThanBaseline(BinaryScores::brierScore, 0.05);}
     *
     * @param value the seed
     * @return this assertion
     */
    public ComparisonAssert<V> withSeed(long value) {
        seed = value;
        return myself;
    }

    /**
     * Sets the number of paired bootstrap resamples (default {@value Constants#DEFAULT_BOOTSTRAP_RESAMPLES}).
     * <p>Example: {@code assertThat(comparison).withResamples(5_000).isSignificantlyBetterThanBaseline(RegressionPredictions::rmse, 0.05);}
     *
     * @param count the number of resamples, at least 1
     * @return this assertion
     */
    public ComparisonAssert<V> withResamples(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + count);
        }
        resamples = count;
        return myself;
    }

    /**
     * Verifies the candidate's metric is not worse than the baseline's by more than {@code margin} (point
     * estimates; "worse" is lower for higher-is-better metrics, higher otherwise). The error carries the
     * candidate's value and the worst value allowed, for IDE diffs. Fails when the metric is undefined on a side.
     * <p>Example: {@code assertThat(candidate).comparedTo(production).isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.005);}
     *
     * @param metric the metric
     * @param margin how much worse the candidate may be, at least 0
     * @return this assertion
     */
    public ComparisonAssert<V> isNotWorseThanBaselineBy(Function<? super V, Metric> metric, double margin) {
        isNotNull();
        ComparisonAssertions.notWorse(info, actual, metric, margin);
        return myself;
    }

    /**
     * Verifies the candidate is significantly better than the baseline at level {@code alpha}, two-sided, and
     * better in the metric's direction. ROC AUC of binary scores (a metric named {@code roc_auc}) uses DeLong's
     * test for correlated AUCs (p &lt; alpha); every other metric the engine's paired Poisson bootstrap of the
     * difference ({@link dev.mlgate.metrics.PairedBootstrap}, the one baseline comparison gates use), significant
     * when its two-sided p-value is below alpha. The message names the test used.
     * <p>Example: {@code assertThat(candidate).comparedTo(production).isSignificantlyBetterThanBaseline(BinaryScores::rocAuc, 0.05);}
     *
     * @param metric the metric
     * @param alpha the significance level, in (0, 1)
     * @return this assertion
     */
    public ComparisonAssert<V> isSignificantlyBetterThanBaseline(Function<? super V, Metric> metric, double alpha) {
        isNotNull();
        ComparisonAssertions.significantlyBetter(info, actual, metric, alpha, seed, resamples);
        return myself;
    }
}
