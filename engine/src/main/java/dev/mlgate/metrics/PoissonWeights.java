package dev.mlgate.metrics;

import java.util.SplittableRandom;

/**
 * Frequency weights for a Poisson bootstrap: each row's weight is drawn from Poisson(1) independently,
 * the large-n limit of the multinomial counts of an ordinary bootstrap resample. A row that already has
 * frequency weight b gets a Poisson(b) weight (the sum of b Poisson(1) draws), which is the Poisson bootstrap
 * of the replicated rows.
 *
 * <p>Draws use inverse-CDF sampling from a precomputed table: one {@code nextDouble()} and, on average,
 * two comparisons per row. Kept separate from {@link Bootstrap} so that a paired bootstrap can draw one weight
 * vector and apply it to two views.
 */
public final class PoissonWeights {

    /** Cumulative Poisson(1) probabilities P(K <= k), ending with the first entry that rounds to 1. */
    private static final double[] CDF = cumulativeTable();

    private PoissonWeights() {
    }

    private static double[] cumulativeTable() {
        double[] cdf = new double[32];
        double probability = Math.exp(-1.0);
        double sum = 0.0;
        int k = 0;
        while (true) {
            sum += probability;
            cdf[k] = sum;
            if (sum >= 1.0 || k == cdf.length - 1) {
                cdf[k] = 1.0; // the remaining tail mass is below 2^-53
                return java.util.Arrays.copyOf(cdf, k + 1);
            }
            k++;
            probability /= k;
        }
    }

    /**
     * One Poisson(1) draw.
     *
     * @param random the generator
     * @return a non-negative count with mean 1
     */
    public static int draw(SplittableRandom random) {
        double u = random.nextDouble();
        int k = 0;
        while (u >= CDF[k]) {
            k++;
        }
        return k;
    }

    /**
     * One weight per row of a view: Poisson(1) per unit of the row's current weight.
     *
     * @param random the generator; rows are drawn in index order, so the same seed gives the same weights
     * @param view   the view being resampled
     * @return the new weights, for {@link Resamplable#withWeights(int[])}
     */
    public static int[] draw(SplittableRandom random, Resamplable<?> view) {
        int n = view.size();
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            int base = view.weight(i);
            int w = 0;
            for (int j = 0; j < base; j++) {
                w += draw(random);
            }
            weights[i] = w;
        }
        return weights;
    }
}
