package dev.mlgate.stats;

import dev.mlgate.stats.internal.Checks;
import dev.mlgate.stats.internal.KolmogorovDistribution;
import dev.mlgate.stats.internal.SmirnovLatticePaths;

/**
 * Two-sample, two-sided Kolmogorov–Smirnov test, matching
 * {@code scipy.stats.ks_2samp(reference, current)} with its defaults
 * ({@code alternative='two-sided', method='auto'}) as of SciPy 1.10.
 *
 * <p><b>Statistic.</b> {@code D = max_x |F_ref(x) - F_cur(x)|} over the pooled values, where each
 * {@code F} is a right-continuous empirical CDF ({@code #{values <= x} / n}). Tied values, within or
 * across samples, are handled by evaluating both CDFs at every distinct pooled value, as SciPy does.
 *
 * <p><b>p-value.</b> With {@code n1, n2} the sample sizes:
 * <ul>
 *   <li>{@code max(n1, n2) <= 10000}: <em>exact</em>. The statistic is put on the lattice,
 *       {@code h = round_half_even(D * lcm(n1, n2))}, {@code D = h / lcm}, and
 *       {@code P(D' >= D)} is computed exactly under the null by lattice-path counting (see
 *       {@link SmirnovLatticePaths}). {@code h = 0} gives 1. If the computed probability is not in
 *       [0, 1] (rounding), SciPy's fallback applies: the asymptotic method below, still with the
 *       lattice-rounded {@code D}.</li>
 *   <li>otherwise: <em>asymptotic</em>. {@code p = P(D_m >= D)} for the one-sample two-sided
 *       statistic with {@code m = round_half_even(n1 n2 / (n1 + n2))}, i.e.
 *       {@code scipy.stats.kstwo.sf(D, m)} (see {@link KolmogorovDistribution}).</li>
 * </ul>
 * Note that for exact ties between samples the exact p-value is the one for continuous data
 * (conservative), exactly as SciPy reports it.
 *
 * <p><b>Edge cases.</b> An empty or null sample, or one with a NaN or infinite value, is rejected
 * with {@link IllegalArgumentException}. Two identical constant samples give {@code D = 0, p = 1}.
 */
public final class KolmogorovSmirnov {

    /** Largest sample size for which the exact p-value is attempted, as in SciPy's {@code 'auto'}. */
    public static final int MAX_EXACT_SIZE = 10_000;

    private KolmogorovSmirnov() {
    }

    /** Runs the test of {@code current} against {@code reference}; see the class comment. */
    public static KolmogorovSmirnovResult test(double[] reference, double[] current) {
        Checks.requireSample(reference, "reference");
        Checks.requireSample(current, "current");
        return test(SortedSample.sorting(reference.clone()), SortedSample.sorting(current.clone()));
    }

    /** {@link #test(double[], double[])} of two samples sorted once for several methods. */
    public static KolmogorovSmirnovResult test(SortedSample reference, SortedSample current) {
        double[] a = SortedSample.sorted(reference, "reference");
        double[] b = SortedSample.sorted(current, "current");
        int n1 = a.length;
        int n2 = b.length;
        double d = statistic(a, b);
        if (Math.max(n1, n2) <= MAX_EXACT_SIZE) {
            long g = SmirnovLatticePaths.gcd(n1, n2);
            long lcm = (n1 / g) * n2;
            long h = (long) Math.rint(d * lcm);
            double latticeD = (double) h / lcm;
            if (h == 0) {
                return new KolmogorovSmirnovResult(latticeD, 1.0, KolmogorovSmirnovResult.Method.EXACT, n1, n2);
            }
            double p = SmirnovLatticePaths.twoSidedTailProbability(n1, n2, h);
            if (p >= 0.0 && p <= 1.0) {
                return new KolmogorovSmirnovResult(latticeD, p, KolmogorovSmirnovResult.Method.EXACT, n1, n2);
            }
            d = latticeD;
        }
        double m = Math.max(n1, n2);
        double n = Math.min(n1, n2);
        int effective = (int) Math.rint(m * n / (m + n));
        double p = KolmogorovDistribution.survival(effective, d);
        return new KolmogorovSmirnovResult(d, p, KolmogorovSmirnovResult.Method.ASYMPTOTIC, n1, n2);
    }

    /** {@code max |F_a - F_b|} over the distinct pooled values of two sorted samples. */
    static double statistic(double[] a, double[] b) {
        int i = 0;
        int j = 0;
        double max = 0.0;
        while (i < a.length || j < b.length) {
            double x;
            if (j >= b.length || (i < a.length && a[i] <= b[j])) {
                x = a[i];
            } else {
                x = b[j];
            }
            while (i < a.length && a[i] <= x) {
                i++;
            }
            while (j < b.length && b[j] <= x) {
                j++;
            }
            double diff = (double) i / a.length - (double) j / b.length;
            max = Math.max(max, Math.abs(diff));
        }
        return max;
    }
}
