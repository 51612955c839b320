package dev.mlgate.assertions;

import dev.mlgate.assertions.internal.MetricAssertions;
import dev.mlgate.engine.Constants;
import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.Resamplable;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.DoubleAssert;

/**
 * What every kind of predictions offers: any metric as an AssertJ double assertion, a bootstrap confidence
 * interval of any metric, and the comparison with a baseline's predictions on the same rows.
 *
 * <p>Intervals use the engine's seeded Poisson {@link Bootstrap}: seed {@value Constants#DEFAULT_SEED} and
 * {@value Constants#DEFAULT_BOOTSTRAP_RESAMPLES} resamples by default, the engine's own defaults, so an
 * assertion and a gate on the same rows agree; {@link #withSeed(long)} and {@link #withResamples(int)} change them.
 *
 * @param <SELF> the assertion's own type
 * @param <V> the kind of predictions
 */
public abstract class AbstractPredictionsAssert<SELF extends AbstractPredictionsAssert<SELF, V>,
        V extends Resamplable<V>> extends AbstractMlAssert<SELF, V> {

    long seed = Constants.DEFAULT_SEED;
    int resamples = Constants.DEFAULT_BOOTSTRAP_RESAMPLES;

    /**
     * @param actual the predictions
     * @param selfType the assertion's own class
     */
    protected AbstractPredictionsAssert(V actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Seeds the bootstrap of intervals and comparisons (default {@value Constants#DEFAULT_SEED}).
     * <p>Example: {@code assertThat(scores).withSeed(7).rocAucInterval(0.95).lowerBoundIsAtLeast(0.8);}
     *
     * @param value the seed
     * @return this assertion
     */
    public SELF withSeed(long value) {
        seed = value;
        return myself;
    }

    /**
     * Sets the number of bootstrap resamples (default {@value Constants#DEFAULT_BOOTSTRAP_RESAMPLES}).
     * <p>Example: {@code assertThat(scores).withResamples(2_000).rocAucInterval(0.95).lowerBoundIsAtLeast(0.8);}
     *
     * @param count the number of resamples, at least 1
     * @return this assertion
     */
    public SELF withResamples(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + count);
        }
        resamples = count;
        return myself;
    }

    /**
     * Any metric of the predictions, built-in or user-written, as a double assertion described by its name;
     * fails, with the engine's reason, when the metric is undefined on these rows.
     * <p>Example: {@code assertThat(scores).metric(s -> s.at(0.3).fBeta(2)).isGreaterThan(0.6);}
     *
     * @param metric the metric, a function of the predictions
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> metric(Function<? super V, Metric> metric) {
        isNotNull();
        return value(metric.apply(actual));
    }

    /**
     * The bootstrap confidence interval of any metric.
     * <p>Example: {@code assertThat(scores).interval(BinaryScores::prAuc, 0.95).lowerBoundIsAtLeast(0.5);}
     *
     * @param metric the metric, a function of the predictions
     * @param confidence the interval's nominal coverage, in (0, 1)
     * @return an assertion on the interval
     */
    public IntervalAssert interval(Function<? super V, Metric> metric, double confidence) {
        isNotNull();
        Objects.requireNonNull(metric, "metric");
        Interval interval = new Bootstrap(seed, resamples, confidence).interval(actual, metric::apply);
        return navigate(IntervalAssert.class, Interval.class, interval, IntervalAssert::new);
    }

    /**
     * These predictions as the candidate, compared with a baseline's predictions on the same rows; the
     * comparison keeps this assertion's seed and resamples.
     * <p>Example: {@code assertThat(candidate).comparedTo(production).isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.005);}
     *
     * @param baseline the baseline's predictions, row for row
     * @return the comparison's assertions
     * @throws IllegalArgumentException when the rows differ, as {@link Comparison#of} says
     */
    public ComparisonAssert<V> comparedTo(V baseline) {
        isNotNull();
        return ComparisonAssert.navigateFrom(this, Comparison.of(actual, baseline)).withSeed(seed)
                .withResamples(resamples);
    }

    /** A built-in metric's value, or the failure of its being undefined. */
    final AbstractDoubleAssert<?> value(Metric metric) {
        if (!metric.isDefined()) {
            return navigationFailed(MetricAssertions.undefinedMetric(info, actual, metric), DoubleAssert.class,
                    Double.class, Double.NaN);
        }
        return navigateToDouble(metric.value(), metric.name());
    }
}
