package dev.mlgate.assertions;

import dev.mlgate.assertions.internal.MetricAssertions;
import dev.mlgate.metrics.Interval;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.DoubleAssert;

/**
 * Assertions on a metric's bootstrap confidence interval, as the engine's {@link dev.mlgate.metrics.Bootstrap}
 * computes it. Every check fails, with the engine's reason, when the interval is undefined.
 *
 * <pre><code class='java'>
 * assertThat(scores).rocAucInterval(0.95).lowerBoundIsAtLeast(0.85).hasWidthAtMost(0.1);
 * </code></pre>
 */
public class IntervalAssert extends AbstractMlAssert<IntervalAssert, Interval> {

    /**
     * Made by the predictions' interval methods; public for soft assertions' proxies.
     *
     * @param actual the interval
     */
    public IntervalAssert(Interval actual) {
        super(actual, IntervalAssert.class);
    }

    /**
     * Verifies the lower bound is at least {@code expected}: the metric reaches it with the interval's confidence.
     * <p>Example: {@code assertThat(scores).rocAucInterval(0.95).lowerBoundIsAtLeast(0.85);}
     *
     * @param expected the least lower bound
     * @return this assertion
     */
    public IntervalAssert lowerBoundIsAtLeast(double expected) {
        isNotNull();
        MetricAssertions.lowerBoundAtLeast(info, actual, expected);
        return myself;
    }

    /**
     * Verifies the upper bound is at most {@code expected}, as a lower-is-better metric's gate needs.
     * <p>Example: {@code assertThat(scores).logLossInterval(0.95).upperBoundIsAtMost(0.35);}
     *
     * @param expected the largest upper bound
     * @return this assertion
     */
    public IntervalAssert upperBoundIsAtMost(double expected) {
        isNotNull();
        MetricAssertions.upperBoundAtMost(info, actual, expected);
        return myself;
    }

    /**
     * Verifies the interval is at most {@code expected} wide: the evaluation set is large enough to tell.
     * <p>Example: {@code assertThat(scores).rocAucInterval(0.95).hasWidthAtMost(0.05);}
     *
     * @param expected the largest width, upper minus lower bound
     * @return this assertion
     */
    public IntervalAssert hasWidthAtMost(double expected) {
        isNotNull();
        MetricAssertions.widthAtMost(info, actual, expected);
        return myself;
    }

    /**
     * The lower bound as a double assertion described {@code "<metric> lower bound"}.
     * <p>Example: {@code assertThat(scores).rocAucInterval(0.95).lowerBound().isGreaterThan(0.85);}
     *
     * @return an assertion on the lower bound
     */
    public AbstractDoubleAssert<?> lowerBound() {
        return bound(true);
    }

    /**
     * The upper bound as a double assertion described {@code "<metric> upper bound"}.
     * <p>Example: {@code assertThat(scores).brierScoreInterval(0.9).upperBound().isLessThan(0.2);}
     *
     * @return an assertion on the upper bound
     */
    public AbstractDoubleAssert<?> upperBound() {
        return bound(false);
    }

    private AbstractDoubleAssert<?> bound(boolean lower) {
        isNotNull();
        AssertionError undefined = MetricAssertions.undefinedInterval(info, actual);
        if (undefined != null) {
            return navigationFailed(undefined, DoubleAssert.class, Double.class, Double.NaN);
        }
        return navigateToDouble(lower ? actual.lower() : actual.upper(),
                actual.metric() + (lower ? " lower bound" : " upper bound"));
    }
}
