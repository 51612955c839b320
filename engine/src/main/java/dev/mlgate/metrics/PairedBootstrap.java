package dev.mlgate.metrics;

import dev.mlgate.metrics.internal.ResamplePlan;
import dev.mlgate.metrics.internal.ResampleRunner;
import java.util.Arrays;

/**
 * The paired Poisson bootstrap of a difference between two models on the same rows: each resample
 * draws ONE vector of Poisson(1) frequency weights from {@code SplittableRandom(seed)} and applies it to
 * both models' views, so the resampled difference keeps the correlation between the models that an
 * unpaired bootstrap would lose.
 *
 * <p>The interval is the percentile interval of the defined resampled differences (numpy's default
 * linear interpolation); resamples on which either model's metric, or a relative change's baseline, is
 * undefined are counted and left out. The two-sided p-value is {@code min(1, 2 (1 + k) / (B + 1))},
 * where k is the smaller of the numbers of the B defined resampled differences at or below zero and at
 * or above zero. Its resolution is limited by B (the smallest p-value is {@code 2 / (B + 1)}), and like
 * every percentile bootstrap it assumes the resampled differences mirror the sampling distribution.
 *
 * <p>Baseline comparison gates and the comparison assertions both use it, so a gate and an assertion on
 * the same rows and seed agree.
 *
 * @param seed the seed
 * @param resamples the number of resamples
 * @param confidence the interval's level, in (0, 1)
 */
public record PairedBootstrap(long seed, int resamples, double confidence) {

    /** What {@link #difference} gives; an undefined result has NaN bounds and p-value and a reason. */
    public record Result(double lower, double upper, double pValue, int defined, int undefined, String undefinedReason) {
    }

    /**
     * A metric of a view that may throw, as a user's gate method may.
     *
     * @param <V> the kind of evaluation view
     */
    @FunctionalInterface
    public interface MetricFunction<V> {

        /** The metric of {@code view}. */
        Metric apply(V view) throws Exception;
    }

    /**
     * Resamples {@code candidate - baseline}, or {@code (candidate - baseline) / |baseline|} when
     * {@code relative}, over views of the same rows in the same order.
     */
    public <V extends Resamplable<V>> Result difference(V candidate, V baseline, MetricFunction<? super V> metric,
            boolean relative) throws Exception {
        Shared<V> shared = new Shared<>(metric, relative, confidence);
        Outcome outcome = differences(candidate, baseline, java.util.List.of(shared)).get(0);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.result();
    }

    /**
     * One metric of a shared pass: the metric, whether its difference is relative, and its interval's level.
     *
     * @param <V> the kind of evaluation view
     */
    public record Shared<V>(MetricFunction<? super V> metric, boolean relative, double confidence) {
    }

    /** A shared pass's result for one metric, or what its metric threw on the lowest-numbered resample. */
    public record Outcome(Result result, Exception failure) {
    }

    /**
     * The paired bootstraps of several metrics in one pass: each resample's weights are drawn once and
     * both re-weighted views built once, then every metric is evaluated on them. Each metric's result is
     * exactly what {@link #difference} gives for it alone with this seed and resample count (the
     * resamples are the same), at that metric's own confidence. Resamples run on several threads
     * ({@code -Dmlgate.threads}, default the available processors) with the same results as on one.
     */
    public <V extends Resamplable<V>> java.util.List<Outcome> differences(V candidate, V baseline,
            java.util.List<Shared<V>> metrics) throws Exception {
        return differences(candidate, baseline, metrics, ResampleRunner.defaultThreads());
    }

    /** {@link #differences(Resamplable, Resamplable, java.util.List)} on {@code threads} threads. */
    public <V extends Resamplable<V>> java.util.List<Outcome> differences(V candidate, V baseline,
            java.util.List<Shared<V>> metrics, int threads) throws Exception {
        int k = metrics.size();
        ResamplePlan plan = ResamplePlan.of(seed, candidate);
        double[][] values = new double[k][resamples];
        String[][] reasons = new String[k][resamples];
        Exception[][] failures = new Exception[k][resamples];
        ResampleRunner.run(resamples, threads, r -> {
            int[] weights = plan.weights(r, candidate);
            V c = candidate.withWeights(weights);
            V b = baseline.withWeights(weights);
            for (int m = 0; m < k; m++) {
                try {
                    resample(metrics.get(m), c, b, values[m], reasons[m], r);
                } catch (Exception e) {
                    failures[m][r] = e;
                }
            }
        });
        java.util.List<Outcome> outcomes = new java.util.ArrayList<>(k);
        for (int m = 0; m < k; m++) {
            outcomes.add(outcome(new PairedBootstrap(seed, resamples, metrics.get(m).confidence()), values[m],
                    reasons[m], failures[m]));
        }
        return outcomes;
    }

    private static <V> void resample(Shared<V> shared, V candidate, V baseline, double[] values, String[] reasons,
            int r) throws Exception {
        Metric c = shared.metric().apply(candidate);
        Metric b = shared.metric().apply(baseline);
        if (!c.isDefined() || !b.isDefined()) {
            reasons[r] = (c.isDefined() ? b : c).undefinedReason();
        } else if (shared.relative() && b.value() == 0) {
            reasons[r] = "the baseline's " + b.name() + " is 0";
        } else {
            values[r] = shared.relative() ? (c.value() - b.value()) / Math.abs(b.value()) : c.value() - b.value();
        }
    }

    private static Outcome outcome(PairedBootstrap bootstrap, double[] values, String[] reasons, Exception[] failures) {
        int defined = 0;
        String firstReason = null;
        for (int r = 0; r < values.length; r++) {
            if (failures[r] != null) {
                return new Outcome(null, failures[r]);
            }
            if (reasons[r] == null) {
                values[defined++] = values[r];
            } else if (firstReason == null) {
                firstReason = reasons[r];
            }
        }
        if (defined == 0) {
            return new Outcome(new Result(Double.NaN, Double.NaN, Double.NaN, 0, values.length, "the difference is"
                    + " undefined on all " + values.length + " resamples, for example: " + firstReason), null);
        }
        return new Outcome(bootstrap.summarise(Arrays.copyOf(values, defined), values.length - defined), null);
    }

    /** The interval and p-value of the given resampled differences. */
    Result summarise(double[] differences, int undefined) {
        double[] sorted = differences.clone();
        Arrays.sort(sorted);
        double tail = (1 - confidence) / 2;
        return new Result(Bootstrap.percentile(sorted, tail), Bootstrap.percentile(sorted, 1 - tail), pValue(sorted), sorted.length,
                undefined, null);
    }

    /** {@code min(1, 2 (1 + k) / (B + 1))}, k the smaller count of differences at or below and at or above 0. */
    static double pValue(double[] differences) {
        long atOrBelow = Arrays.stream(differences).filter(d -> d <= 0).count();
        long atOrAbove = Arrays.stream(differences).filter(d -> d >= 0).count();
        return Math.min(1.0, 2.0 * (1 + Math.min(atOrBelow, atOrAbove)) / (differences.length + 1));
    }
}
