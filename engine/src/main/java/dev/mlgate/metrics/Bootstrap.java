package dev.mlgate.metrics;

import dev.mlgate.metrics.internal.ResamplePlan;
import dev.mlgate.metrics.internal.ResampleRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Percentile confidence intervals for any metric of any {@link Resamplable} view, by Poisson bootstrap.
 *
 * <p>Each resample re-weights the original rows with independent Poisson(1) frequency weights
 * ({@link PoissonWeights}) instead of drawing n rows with replacement: for large n the two agree (the
 * multinomial counts of a resample tend to independent Poisson(1) counts), the resample size varies around n,
 * and no rows are copied or re-sorted, so a resample of n rows costs O(n). The interval is the
 * {@code (1 - c) / 2} and {@code (1 + c) / 2} percentiles of the resampled metric values (numpy's default
 * linear interpolation). Resamples on which the metric is undefined (for example a resample without
 * positives) are counted in {@link Interval#undefinedResamples()} and left out of the percentiles.
 *
 * <p>Deterministic: the resamples are those drawn in order from one {@code SplittableRandom(seed)}, so the
 * same view, metric, seed, resample count and confidence give an identical interval. Each resample's
 * weights are computed from its index ({@link ResamplePlan}), so resamples run on several threads
 * ({@code -Dmlgate.threads}, default the available processors) with the same result as on one: the metric
 * must therefore be safe to call from several threads, as a function of the view is. Immutable.
 *
 * @param seed       the random seed
 * @param resamples  the number of resamples, at least 1 (default 1000)
 * @param confidence the nominal coverage, in (0, 1) (default 0.95)
 */
public record Bootstrap(long seed, int resamples, double confidence) {

    /** The default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** The default confidence. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** The method name reported in {@link Interval#method()}. */
    public static final String METHOD = "Poisson bootstrap, percentile interval";

    /** Validates the parameters. */
    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }

    /**
     * A bootstrap with 1000 resamples and 95% confidence.
     *
     * @param seed the random seed
     * @return the bootstrap
     */
    public static Bootstrap withSeed(long seed) {
        return new Bootstrap(seed, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE);
    }

    /**
     * @param count the number of resamples
     * @return a copy with that many resamples
     */
    public Bootstrap withResamples(int count) {
        return new Bootstrap(seed, count, confidence);
    }

    /**
     * @param level the nominal coverage
     * @return a copy with that confidence
     */
    public Bootstrap withConfidence(double level) {
        return new Bootstrap(seed, resamples, level);
    }

    /**
     * The percentile interval of a metric.
     *
     * @param view   the rows, with or without weights
     * @param metric the metric, a function of the view (built-in or user-written)
     * @param <V>    the view type
     * @return the interval; undefined when the metric is undefined on the original rows or on every resample
     */
    public <V extends Resamplable<V>> Interval interval(V view, Function<? super V, Metric> metric) {
        Outcome outcome = intervals(view, List.of(new Shared<>(metric, confidence)), ResampleRunner.defaultThreads())
                .get(0);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.interval();
    }

    /**
     * One metric of a shared pass and its interval's level.
     *
     * @param <V> the view type
     */
    public record Shared<V>(Function<? super V, Metric> metric, double confidence) {
    }

    /** A shared pass's interval for one metric, or what the metric threw (on the lowest-numbered resample). */
    public record Outcome(Interval interval, RuntimeException failure) {
    }

    /**
     * The intervals of several metrics of one view in one pass: each resample's weights are drawn and the
     * view re-weighted once, then every metric is evaluated on it. Each metric's interval is exactly what
     * {@link #interval} gives for it alone with this seed and resample count, at its own confidence;
     * the resamples run on {@code threads} threads with the same results as on one.
     *
     * @param view    the rows
     * @param metrics the metrics and their levels
     * @param threads the threads to run resamples on, at least 1
     * @param <V>     the view type
     * @return one outcome per metric, in order
     */
    public <V extends Resamplable<V>> List<Outcome> intervals(V view, List<Shared<V>> metrics, int threads) {
        Objects.requireNonNull(view, "view");
        int k = metrics.size();
        Metric[] estimates = new Metric[k];
        RuntimeException[][] failures = new RuntimeException[k][resamples + 1];
        boolean[] resampled = new boolean[k];
        for (int m = 0; m < k; m++) {
            try {
                estimates[m] = metrics.get(m).metric().apply(view);
                resampled[m] = estimates[m].isDefined();
            } catch (RuntimeException e) {
                failures[m][resamples] = e;
            }
        }
        ResamplePlan plan = ResamplePlan.of(seed, view);
        double[][] values = new double[k][resamples];
        String[][] reasons = new String[k][resamples];
        try {
            ResampleRunner.run(IntStream.range(0, k).anyMatch(m -> resampled[m]) ? resamples : 0, threads, r -> {
                V resample = view.withWeights(plan.weights(r, view));
                for (int m = 0; m < k; m++) {
                    if (resampled[m]) {
                        try {
                            Metric value = metrics.get(m).metric().apply(resample);
                            values[m][r] = value.isDefined() ? value.value() : Double.NaN;
                            reasons[m][r] = value.isDefined() ? null : value.undefinedReason();
                        } catch (RuntimeException e) {
                            failures[m][r] = e;
                        }
                    }
                }
            });
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        List<Outcome> outcomes = new ArrayList<>(k);
        for (int m = 0; m < k; m++) {
            RuntimeException failure = Arrays.stream(failures[m]).filter(Objects::nonNull).findFirst().orElse(null);
            outcomes.add(failure != null ? new Outcome(null, failure) : new Outcome(new Bootstrap(seed, resamples,
                    metrics.get(m).confidence()).summarise(estimates[m], values[m], reasons[m]), null));
        }
        return outcomes;
    }

    /** The interval from each resample's value, or its undefined reason (null when defined). */
    private Interval summarise(Metric estimate, double[] values, String[] reasons) {
        if (!estimate.isDefined()) {
            return undefined(estimate, Double.NaN, 0,
                    "the metric is undefined on the evaluation rows: " + estimate.undefinedReason());
        }
        int defined = 0;
        String firstReason = null;
        for (int r = 0; r < resamples; r++) {
            if (reasons[r] == null) {
                values[defined++] = values[r];
            } else if (firstReason == null) {
                firstReason = reasons[r];
            }
        }
        int undefinedCount = resamples - defined;
        if (defined == 0) {
            return undefined(estimate, estimate.value(), undefinedCount, "the metric is undefined on all " + resamples
                    + " resamples, for example: " + firstReason);
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        double alpha = (1 - confidence) / 2;
        return new Interval(estimate.name(), estimate.direction(), estimate.value(), percentile(sorted, alpha),
                percentile(sorted, 1 - alpha), confidence, resamples, undefinedCount, seed, METHOD, null);
    }

    private Interval undefined(Metric estimate, double estimateValue, int undefinedCount, String reason) {
        return new Interval(estimate.name(), estimate.direction(), estimateValue, Double.NaN, Double.NaN, confidence,
                resamples, undefinedCount, seed, METHOD, reason);
    }

    /**
     * numpy's default ("linear") percentile: virtual index h = (m - 1) q, then numpy's interpolation
     * {@code lo + (hi - lo) t} for t < 0.5 and {@code hi - (hi - lo) (1 - t)} otherwise.
     */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[hi];
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
    }
}
