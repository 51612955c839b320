package dev.mlgate.metrics;

import java.util.SplittableRandom;

/**
 * Frequency weights for a Poisson bootstrap: each row's weight is drawn from Poisson(1) independently,
 * the large-n limit of the multinomial counts of an ordinary bootstrap resample. A row that already has
 * frequency weight b gets a Poisson(b) weight (the sum of b Poisson(1) draws), which is the Poisson bootstrap
 * of the replicated rows.
 *
 * <p>Draws use inverse-CDF sampling from a precomputed table with a guide table: one {@code nextLong()}
 * and usually a single comparison per row. Kept separate from {@link Bootstrap} so that a paired bootstrap can draw one weight
 * vector and apply it to two views.
 */
public final class PoissonWeights {

    /** Cumulative Poisson(1) probabilities P(K <= k), ending with the first entry that rounds to 1. */
    private static final double[] CDF = cumulativeTable();
    /** {@code CDF[k] * 2^64} as unsigned 64-bit integers; the last entry is the unsigned maximum. */
    private static final long[] THRESHOLDS = unsignedThresholds(CDF);
    private static final int LAST = THRESHOLDS.length - 1;
    private static final int GUIDE_BITS = 11;
    /** For each of the 2^11 ranges of the top bits of u, the smallest k whose threshold exceeds its start. */
    private static final int[] GUIDE = guideTable(THRESHOLDS);

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

    private static long[] unsignedThresholds(double[] cdf) {
        long[] t = new long[cdf.length];
        for (int k = 0; k < cdf.length - 1; k++) {
            double scaled = Math.scalb(cdf[k], 64); // exact: scaling by a power of two
            t[k] = scaled >= 0x1p63 ? (long) (scaled - 0x1p63) ^ Long.MIN_VALUE : (long) scaled;
        }
        t[cdf.length - 1] = -1L;
        return t;
    }

    private static int[] guideTable(long[] thresholds) {
        int[] guide = new int[1 << GUIDE_BITS];
        int k = 0;
        for (int b = 0; b < guide.length; b++) {
            long start = (long) b << (64 - GUIDE_BITS);
            while (k < thresholds.length - 1 && Long.compareUnsigned(start, thresholds[k]) >= 0) {
                k++;
            }
            guide[b] = k;
        }
        return guide;
    }

    /**
     * One Poisson(1) draw by inverse CDF on a 64-bit uniform integer u: the smallest k with
     * {@code u < P(K <= k) * 2^64}, found from a guide table on the top 11 bits of u and, in the few ranges
     * that straddle a threshold, one or two more comparisons.
     *
     * @param random the generator
     * @return a non-negative count with mean 1
     */
    public static int draw(SplittableRandom random) {
        long u = random.nextLong();
        int k = GUIDE[(int) (u >>> (64 - GUIDE_BITS))];
        while (k < LAST && Long.compareUnsigned(u, THRESHOLDS[k]) >= 0) {
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
