package dev.mlgate.assertions.internal;

import static dev.mlgate.assertions.error.ShouldBeDefined.shouldHaveDefinedInterval;
import static dev.mlgate.assertions.error.ShouldBeDefined.shouldHaveDefinedMetric;
import static dev.mlgate.assertions.error.ShouldHaveIntervalBound.shouldHaveLowerBoundAtLeast;
import static dev.mlgate.assertions.error.ShouldHaveIntervalBound.shouldHaveUpperBoundAtMost;
import static dev.mlgate.assertions.error.ShouldHaveIntervalBound.shouldHaveWidthAtMost;

import dev.mlgate.metrics.Interval;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.Resamplable;
import org.assertj.core.api.AssertionInfo;

/** The checks behind metric values and their intervals. Not for users. */
public final class MetricAssertions {

    private MetricAssertions() {
    }

    /** The failure of asking for a metric the engine found undefined on {@code view}. */
    public static AssertionError undefinedMetric(AssertionInfo info, String view, Metric metric) {
        return Fail.with(info, shouldHaveDefinedMetric(view, metric.name(), metric.undefinedReason()));
    }

    /** The failure of asking for an undefined metric of predictions. */
    public static AssertionError undefinedMetric(AssertionInfo info, Resamplable<?> view, Metric metric) {
        return undefinedMetric(info, Describe.predictions(view), metric);
    }

    /** The failure of asking for a bound of an undefined interval, or null when it is defined. */
    public static AssertionError undefinedInterval(AssertionInfo info, Interval interval) {
        return interval.isDefined() ? null
                : Fail.with(info, shouldHaveDefinedInterval("the " + Describe.percent(interval.confidence())
                        + " interval of " + interval.metric() + " (" + interval.method() + ", " + interval.resamples()
                        + " resamples, seed " + interval.seed() + ")", interval.undefinedReason()));
    }

    public static void lowerBoundAtLeast(AssertionInfo info, Interval interval, double expected) {
        requireDefined(info, interval);
        if (!(interval.lower() >= expected)) {
            throw Fail.with(info, shouldHaveLowerBoundAtLeast(interval.toString(), expected, interval.lower()),
                    interval.lower(), expected);
        }
    }

    public static void upperBoundAtMost(AssertionInfo info, Interval interval, double expected) {
        requireDefined(info, interval);
        if (!(interval.upper() <= expected)) {
            throw Fail.with(info, shouldHaveUpperBoundAtMost(interval.toString(), expected, interval.upper()),
                    interval.upper(), expected);
        }
    }

    public static void widthAtMost(AssertionInfo info, Interval interval, double expected) {
        requireDefined(info, interval);
        double width = interval.upper() - interval.lower();
        if (!(width <= expected)) {
            throw Fail.with(info, shouldHaveWidthAtMost(interval.toString(), expected, width), width, expected);
        }
    }

    private static void requireDefined(AssertionInfo info, Interval interval) {
        AssertionError undefined = undefinedInterval(info, interval);
        if (undefined != null) {
            throw undefined;
        }
    }
}
