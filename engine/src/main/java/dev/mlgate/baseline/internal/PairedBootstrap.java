package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.PoissonWeights;
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
 * or above zero (see {@link dev.mlgate.baseline.Test#BOOTSTRAP} for its limitations).
 *
 * <p>Public for the benchmarks module; not an API.
 *
 * @param seed the seed
 * @param resamples the number of resamples
 * @param confidence the interval's level, in (0, 1)
 */
public record PairedBootstrap(long seed, int resamples, double confidence) {

    /** What {@link #difference} gives; an undefined result has NaN bounds and p-value and a reason. */
    public record Result(double lower, double upper, double pValue, int defined, int undefined, String undefinedReason) {
    }

    /** A metric of a view that may throw, as a user's gate method may. */
    public interface MetricFunction {

        /** The metric of {@code view}. */
        Metric apply(BinaryScores view) throws Exception;
    }

    /**
     * Resamples {@code candidate - baseline}, or {@code (candidate - baseline) / |baseline|} when
     * {@code relative}, over views of the same rows in the same order.
     */
    public Result difference(BinaryScores candidate, BinaryScores baseline, MetricFunction metric, boolean relative)
            throws Exception {
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
        return new Result(percentile(sorted, tail), percentile(sorted, 1 - tail), pValue(sorted), sorted.length,
                undefined, null);
    }

    /** numpy's {@code percentile(values, 100 q)} with its default linear interpolation, on sorted values. */
    static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /** {@code min(1, 2 (1 + k) / (B + 1))}, k the smaller count of differences at or below and at or above 0. */
    static double pValue(double[] differences) {
        long atOrBelow = Arrays.stream(differences).filter(d -> d <= 0).count();
        long atOrAbove = Arrays.stream(differences).filter(d -> d >= 0).count();
        return Math.min(1.0, 2.0 * (1 + Math.min(atOrBelow, atOrAbove)) / (differences.length + 1));
    }
}
