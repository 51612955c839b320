package dev.mlgate.stats.internal;

/**
 * Exact null distribution of the two-sided two-sample Smirnov statistic, by counting lattice paths.
 *
 * <p>Under the null hypothesis every interleaving of the two sorted samples is equally likely; an
 * interleaving is a monotone lattice path from (0, 0) to (m, n). With {@code g = gcd(m, n)} and
 * {@code lcm = m n / g}, the statistic is {@code D = h / lcm} where {@code h} is the largest value of
 * {@code |(n/g) x - (m/g) y|} along the path. This class returns {@code P(D >= h / lcm)}.
 *
 * <ul>
 *   <li>{@code m == n}: the reflection-principle series of Gnedenko and Korolyuk,
 *       {@code 2 * sum_k (-1)^(k+1) C(2n, n - k h) / C(2n, n)}, evaluated Horner-style on ratios of
 *       binomial coefficients to avoid cancellation (Hodges 1958).</li>
 *   <li>{@code m != n}: Hodges' "inside" recursion over the lattice, carried on probabilities rather
 *       than counts, so that each cell holds the probability that a uniformly random path to it has
 *       already touched the boundary (Viehmann 2021, arXiv:2102.08037). This is the formulation SciPy
 *       uses, so the floating-point results agree with {@code scipy.stats.ks_2samp(method='exact')}.</li>
 * </ul>
 */
public final class SmirnovLatticePaths {

    private SmirnovLatticePaths() {
    }

    /**
     * {@code P(D_{m,n} >= h / lcm(m, n))} for the two-sided statistic.
     *
     * @param m first sample size, at least 1
     * @param n second sample size, at least 1
     * @param h numerator of the statistic over {@code lcm(m, n)}, at least 1
     * @return the probability; may fall marginally outside [0, 1] through rounding, which callers check
     */
    public static double twoSidedTailProbability(int m, int n, long h) {
        if (m == n) {
            return outsideSquare(n, h);
        }
        return outsideStrip(m, n, h);
    }

    /** Equal sample sizes: {@code 2 * A0 (1 - A1 (1 - A2 (1 - ...)))} with {@code Ak = C(2n, n-kh)/C(2n, n-(k-1)h)}. */
    private static double outsideSquare(int n, long h) {
        double p = 0.0;
        for (long k = n / h; k >= 0; k--) {
            double ratio = 1.0;
            for (long j = 0; j < h; j++) {
                ratio = (n - k * h - j) * ratio / (n + k * h + j + 1);
            }
            p = ratio * (1.0 - p);
        }
        return 2 * p;
    }

    /**
     * Unequal sample sizes. Column {@code i} (0..m) holds, for each row {@code j} (0..n), the
     * probability that a random path to (i, j) has touched the region {@code |ng i - mg j| >= h}.
     * Cells in that region hold 1; a cell inside is the average of its left and lower neighbours
     * weighted by the share of paths through each, {@code i / (i + j)} and {@code j / (i + j)}.
     * Only the band of inside cells is recomputed per column.
     */
    private static double outsideStrip(int sizeA, int sizeB, long h) {
        int m = Math.max(sizeA, sizeB);
        int n = Math.min(sizeA, sizeB);
        long g = gcd(m, n);
        long mg = m / g;
        long ng = n / g;
        double[] touched = new double[n + 1];
        java.util.Arrays.fill(touched, 1.0);
        int low = 0;
        int high = lastInside(0, ng, mg, h, n);
        for (int j = low; j <= high; j++) {
            touched[j] = 0.0;
        }
        for (int i = 1; i <= m; i++) {
            int previousLow = low;
            low = firstInside(i, ng, mg, h);
            high = lastInside(i, ng, mg, h, n);
            if (high < low) {
                return 1.0;
            }
            double below = low == 0 ? 0.0 : 1.0;
            for (int j = low; j <= high; j++) {
                below = (touched[j] * i + below * j) / (i + j);
                touched[j] = below;
            }
            for (int j = previousLow; j < low; j++) {
                touched[j] = 1.0;
            }
        }
        return touched[n];
    }

    /** Smallest j >= 0 with {@code ng i - mg j < h}. */
    private static int firstInside(long i, long ng, long mg, long h) {
        long first = Math.floorDiv(ng * i - h, mg) + 1;
        return (int) Math.max(first, 0);
    }

    /** Largest j <= n with {@code mg j - ng i < h}. */
    private static int lastInside(long i, long ng, long mg, long h, int n) {
        long bound = ng * i + h;
        long last = Math.floorDiv(bound - 1, mg);
        return (int) Math.min(last, n);
    }

    /** Greatest common divisor of two positive integers. */
    public static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
