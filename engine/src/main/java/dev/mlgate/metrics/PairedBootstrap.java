package dev.mlgate.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

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
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        int defined = 0;
        String firstReason = null;
        for (int r = 0; r < resamples; r++) {
            int[] weights = PoissonWeights.draw(random, candidate);
            Metric c = metric.apply(candidate.withWeights(weights));
            Metric b = metric.apply(baseline.withWeights(weights));
            if (!c.isDefined() || !b.isDefined()) {
                firstReason = firstReason != null ? firstReason : (c.isDefined() ? b : c).undefinedReason();
            } else if (relative && b.value() == 0) {
                firstReason = firstReason != null ? firstReason : "the baseline's " + b.name() + " is 0";
            } else {
                differences[defined++] = relative ? (c.value() - b.value()) / Math.abs(b.value()) : c.value() - b.value();
            }
        }
        if (defined == 0) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, 0, resamples, "the difference is undefined on all "
                    + resamples + " resamples, for example: " + firstReason);
        }
        return summarise(Arrays.copyOf(differences, defined), resamples - defined);
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
