package dev.mlgate.metrics.internal;

import dev.mlgate.metrics.PoissonWeights;
import dev.mlgate.metrics.Resamplable;
import java.util.SplittableRandom;

/**
 * The Poisson weights of every resample of a bootstrap, each computable on its own from the seed and the
 * resample's index, so that resamples can be drawn in any order, on any thread, and shared by every
 * gate of a suite that resamples the same rows with the same seed.
 *
 * <p>The weights are exactly those of the sequential draw from one {@code SplittableRandom(seed)} that
 * {@link dev.mlgate.metrics.Bootstrap} has always made: that generator advances its state by a fixed
 * gamma per {@code nextLong()}, and each resample takes one draw per unit of row weight, so resample
 * {@code r} starts after {@code r * totalWeight} draws, where a generator seeded with
 * {@code seed + draws * gamma} continues the same sequence.
 *
 * @param seed the bootstrap's seed
 * @param totalWeight the draws one resample takes: the sum of the view's frequency weights
 */
public record ResamplePlan(long seed, long totalWeight) {

    /** {@code SplittableRandom}'s default gamma, by which {@code SplittableRandom(long)} advances per draw. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /** The plan of resampling {@code view} with {@code seed}. */
    public static ResamplePlan of(long seed, Resamplable<?> view) {
        long total = 0;
        for (int i = 0; i < view.size(); i++) {
            total += view.weight(i);
        }
        return new ResamplePlan(seed, total);
    }

    /** The generator positioned at the start of resample {@code index}. */
    public SplittableRandom random(int index) {
        return new SplittableRandom(seed + index * totalWeight * GOLDEN_GAMMA);
    }

    /** The weights of resample {@code index} of {@code view}, the view this plan was made for. */
    public int[] weights(int index, Resamplable<?> view) {
        return PoissonWeights.draw(random(index), view);
    }
}
