package dev.mlgate.assertions;

import dev.mlgate.metrics.RegressionPredictions;
import org.assertj.core.api.AbstractDoubleAssert;

/**
 * Assertions on a regression model's predictions: each of the engine's {@link RegressionPredictions} metrics
 * as an AssertJ double assertion described by the metric's name, failing with the engine's reason when it is
 * undefined; bootstrap intervals and comparison with a baseline.
 *
 * <pre><code class='java'>
 * assertThat(predictions).rmse().isLessThan(12.5);
 * </code></pre>
 */
public class RegressionPredictionsAssert
        extends AbstractPredictionsAssert<RegressionPredictionsAssert, RegressionPredictions> {

    /**
     * Made by {@link MlAssertions#assertThat(RegressionPredictions)}; public for soft assertions' proxies.
     *
     * @param actual the predictions
     */
    public RegressionPredictionsAssert(RegressionPredictions actual) {
        super(actual, RegressionPredictionsAssert.class);
    }

    /**
     * Root mean squared error.
     * <p>Example: {@code assertThat(predictions).rmse().isLessThan(12.5);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> rmse() {
        isNotNull();
        return value(actual.rmse());
    }

    /**
     * Mean absolute error.
     * <p>Example: {@code assertThat(predictions).mae().isLessThan(8);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> mae() {
        isNotNull();
        return value(actual.mae());
    }

    /**
     * Mean absolute percentage error, as a fraction.
     * <p>Example: {@code assertThat(predictions).mape().isLessThan(0.1);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> mape() {
        isNotNull();
        return value(actual.mape());
    }

    /**
     * Median absolute error.
     * <p>Example: {@code assertThat(predictions).medianAbsoluteError().isLessThan(5);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> medianAbsoluteError() {
        isNotNull();
        return value(actual.medianAbsoluteError());
    }

    /**
     * The largest absolute error.
     * <p>Example: {@code assertThat(predictions).maxError().isLessThan(100);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> maxError() {
        isNotNull();
        return value(actual.maxError());
    }

    /**
     * R² (scikit-learn {@code r2_score}).
     * <p>Example: {@code assertThat(predictions).r2().isGreaterThan(0.8);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> r2() {
        isNotNull();
        return value(actual.r2());
    }

    /**
     * Explained variance (scikit-learn {@code explained_variance_score}).
     * <p>Example: {@code assertThat(predictions).explainedVariance().isGreaterThan(0.8);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> explainedVariance() {
        isNotNull();
        return value(actual.explainedVariance());
    }

    /**
     * RMSE's bootstrap confidence interval.
     * <p>Example: {@code assertThat(predictions).rmseInterval(0.95).upperBoundIsAtMost(15);}
     *
     * @param confidence the nominal coverage, in (0, 1)
     * @return an assertion on the interval
     */
    public IntervalAssert rmseInterval(double confidence) {
        return interval(RegressionPredictions::rmse, confidence);
    }
}
