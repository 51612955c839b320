package dev.mlgate.stats;

import dev.mlgate.stats.internal.Midranks;
import org.apache.commons.math3.special.Erf;

/**
 * The Wilcoxon signed-rank test on paired differences {@code d}, two-sided, with SciPy's default
 * handling of zeros ({@code zero_method='wilcox'}: zero differences are dropped). The statistic is
 * {@code T = min(R+, R-)}, the smaller sum of the midranks of {@code |d|} over positive and negative
 * differences.
 *
 * <ul>
 *   <li><b>Exact</b> when at most 50 differences, none zero and no two {@code |d|} equal: the p-value
 *       {@code min(1, 2 min(P(R+ <= r), P(R+ >= r)))} from the exact null distribution of R+ (counted in
 *       integers, so exact), 1 at its centre; equal to {@code scipy.stats.wilcoxon(d)} (SciPy 1.10).</li>
 *   <li><b>Normal approximation</b> otherwise: {@code z = (T - n(n+1)/4) / sqrt((n(n+1)(2n+1) - sum(t^3 - t)/2) / 24)}
 *       over the n non-zero differences, t the sizes of groups of tied {@code |d|}, without continuity
 *       correction, {@code p = 2 (1 - Phi(|z|))}; equal to {@code scipy.stats.wilcoxon(d, method='approx')}.
 *       SciPy's default would also use this with zeros or more than 50 differences; for at most 50
 *       differences with ties but no zeros SciPy 1.10 runs its exact path on truncated rank sums, which
 *       this class deliberately does not copy.</li>
 * </ul>
 *
 * <p>No non-zero difference (SciPy raises an error) gives NaN statistic and p-value.
 */
public final class Wilcoxon {

    /** The largest number of differences whose p-value is computed exactly, as SciPy's {@code method='auto'}. */
    public static final int EXACT_MAX = 50;

    private Wilcoxon() {
    }

    /** The test on the differences {@code d}, which must be finite. */
    public static WilcoxonResult test(double[] differences) {
        if (differences == null) {
            throw new IllegalArgumentException("differences must not be null");
        }
        int zeros = 0;
        for (double d : differences) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("difference " + d + " is not finite");
            }
            zeros += d == 0 ? 1 : 0;
        }
        int n = differences.length - zeros;
        if (n == 0) {
            return new WilcoxonResult(Double.NaN, Double.NaN, Double.NaN, false, 0);
        }
        double[] magnitudes = new double[n];
        for (int i = 0, k = 0; i < differences.length; i++) {
            if (differences[i] != 0) {
                magnitudes[k++] = Math.abs(differences[i]);
            }
        }
        double[] ranks = Midranks.of(magnitudes);
        double plus = 0;
        double minus = 0;
        for (int i = 0, k = 0; i < differences.length; i++) {
            if (differences[i] != 0) {
                if (differences[i] > 0) {
                    plus += ranks[k];
                } else {
                    minus += ranks[k];
                }
                k++;
            }
        }
        double statistic = Math.min(plus, minus);
        double tieTerm = tieTerm(magnitudes);
        if (differences.length <= EXACT_MAX && zeros == 0 && tieTerm == 0) {
            return new WilcoxonResult(statistic, Double.NaN, exact(n, (int) plus), true, n);
        }
        double mean = n * (n + 1.0) / 4.0;
        double se = Math.sqrt((n * (n + 1.0) * (2.0 * n + 1.0) - tieTerm / 2.0) / 24.0);
        double z = (statistic - mean) / se;
        return new WilcoxonResult(statistic, z, Erf.erfc(Math.abs(z) / Math.sqrt(2.0)), false, n);
    }

    /** {@code sum(t^3 - t)} over groups of t equal values (0 without ties). */
    private static double tieTerm(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double term = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start;
            while (end + 1 < sorted.length && sorted[end + 1] == sorted[start]) {
                end++;
            }
            double t = end - start + 1.0;
            term += t * t * t - t;
            start = end + 1;
        }
        return term;
    }

    /** The exact two-sided p-value of R+ = {@code plus} among n untied ranks 1..n. */
    private static double exact(int n, int plus) {
        int max = n * (n + 1) / 2;
        long[] ways = new long[max + 1]; // ways[s]: subsets of {1..n} summing to s; at most 2^50, fits a long
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int s = max; s >= rank; s--) {
                ways[s] += ways[s - rank];
            }
        }
        if (plus == max / 2) { // the centre, as SciPy: 1 (also the value the sums give)
            return 1.0;
        }
        long atMost = 0;
        long atLeast = 0;
        for (int s = 0; s <= max; s++) {
            atMost += s <= plus ? ways[s] : 0;
            atLeast += s >= plus ? ways[s] : 0;
        }
        return Math.min(1.0, 2.0 * Math.min(atMost, atLeast) / Math.pow(2, n));
    }
}
