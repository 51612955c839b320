package dev.mlgate.history;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a check observes must not be an anomaly against its own history in the metrics repository.
 * Declared on a gate method or a comparison, on a contract's record component (next to its constraints:
 * the anomaly check watches the value those constraints observe, such as the column's mean or
 * completeness), or on the suite class (the suite's row count, or the class-level constraint named by
 * {@link #metric()}). Each declaration is a test of its own, named after the watched check and strategy.
 *
 * <p>History is the runs of the same suite carrying this run's tags ({@code mlgate.repository.tags}),
 * measured before this run, the newest {@link #runs()} of them. Without history the check passes and says
 * it is the first run; with fewer runs than the strategy needs it is inconclusive and says how many.
 * The strategies follow Deequ's anomaly detection strategies; see {@link Strategy} for their formulas.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Repeatable(NoAnomalies.class)
public @interface NoAnomaly {

    /** How a value is judged against its history. */
    enum Strategy {
        /**
         * Deequ's AbsoluteChangeStrategy: the order-{@code k} difference of the series,
         * {@code d1(t) = x(t) - x(t-1)}, {@code dk(t) = d(k-1)(t) - d(k-1)(t-1)}, must lie in
         * {@code [lower, upper]} (max decrease and max increase); needs {@code k} earlier runs.
         */
        ABSOLUTE_CHANGE,
        /**
         * Deequ's RelativeRateOfChangeStrategy: the ratio {@code x(t) / x(t-k)} must lie in
         * {@code [lower, upper]}; needs {@code k} earlier runs.
         */
        RELATIVE_RATE_OF_CHANGE,
        /** Deequ's SimpleThresholdStrategy: {@code lower <= x(t) <= upper}; needs no history. */
        SIMPLE_THRESHOLD,
        /**
         * Deequ's OnlineNormalStrategy: a running mean {@code m} and population standard deviation {@code sd}
         * over the series, updated value by value and including the value judged ({@code m(i) = m(i-1) +
         * (x(i) - m(i-1)) / (i + 1)}); {@code x(t)} must lie in {@code [m - lowerFactor * sd, m + upperFactor *
         * sd]}. Earlier anomalies are left out of the update when {@link NoAnomaly#ignoreAnomalies()}, and the
         * first 10% of the series is never an anomaly. As a value can be at most {@code sqrt(n - 1)} deviations
         * from a mean of {@code n} values that includes it, it needs {@code floor(f^2) + 1} earlier runs for the
         * smaller factor {@code f} (10 for 3).
         */
        ONLINE_NORMAL,
        /**
         * Deequ's BatchNormalStrategy: mean {@code m} and sample standard deviation {@code s} (divisor
         * {@code n - 1}) of the earlier runs, the new value excluded; {@code x(t)} must lie in
         * {@code [m - lowerFactor * s, m + upperFactor * s]}; needs 2 earlier runs.
         */
        BATCH_NORMAL,
        /**
         * Deequ's HoltWinters ({@code MetricInterval.Daily, SeriesSeasonality.Weekly}): additive Holt-Winters
         * (level, trend, weekly season) fitted by least squares to the earlier runs forecasts this run;
         * {@code x(t)} must lie within {@code forecast +- 1.96 * s}, {@code s} the sample standard deviation
         * of the absolute one-step residuals; needs two full weeks (14 earlier runs). One run a day is
         * assumed: the season is 7 runs, whatever their times.
         */
        HOLT_WINTERS_WEEKLY
    }

    /** The strategy; default the online normal one (Deequ's most used). */
    Strategy strategy() default Strategy.ONLINE_NORMAL;

    /**
     * Which check's value is watched, when the element has several: the check's metric name or its
     * unique-id segment value (such as {@code mean}); blank: the element's only check, or on a suite class
     * its row count.
     */
    String metric() default "";

    /** Lower bound: of the change (absolute), of the ratio (relative) or of the value (threshold). */
    double lower() default Double.NEGATIVE_INFINITY;

    /** Upper bound: of the change (absolute), of the ratio (relative) or of the value (threshold). */
    double upper() default Double.POSITIVE_INFINITY;

    /** Order of the difference or lag of the ratio (absolute and relative change). */
    int order() default 1;

    /** Standard deviations below the mean still normal (online and batch normal). */
    double lowerFactor() default 3.0;

    /** Standard deviations above the mean still normal (online and batch normal). */
    double upperFactor() default 3.0;

    /** Online normal: earlier anomalies do not update the running mean and deviation (Deequ's default). */
    boolean ignoreAnomalies() default true;

    /** How many of the newest earlier runs form the history; 0 for all the repository keeps. */
    int runs() default 0;

    /** False makes an anomaly a warning: reported, but neither failing the build nor blocking promotion. */
    boolean blocking() default true;
}
