package dev.mlgate.stats.internal;

/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic {@code D_n}, i.e.
 * {@code P(D_n >= x)}, matching {@code scipy.stats.kstwo.sf(x, n)}.
 *
 * <p>The choice of method for each {@code (n, x)} follows Simard and L'Ecuyer (2011), "Computing
 * the Two-Sided Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11), with the same cut-offs as
 * SciPy so that the same formula is evaluated on the same inputs:
 * <ul>
 *   <li>{@code n x <= 1} or {@code n x >= n - 1}: Ruben and Gambino's closed forms;</li>
 *   <li>{@code x >= 0.5}: twice the one-sided Smirnov tail (exact: the two tails are disjoint);</li>
 *   <li>{@code n <= 140}: Durbin's matrix if {@code n x^2 <= 0.754693}, Pomeranz's recursion if
 *       {@code n x^2 <= 4}, else twice the one-sided tail (Miller's approximation);</li>
 *   <li>{@code n > 140}: 0 if {@code n x^2 >= 370}; twice the one-sided tail if {@code n x^2 >= 2.2};
 *       otherwise one minus the CDF from Durbin's matrix (if {@code n <= 100000} and
 *       {@code n x^1.5 <= 1.4}) or from the Pelz–Good asymptotic series.</li>
 * </ul>
 * Results are clipped to [0, 1].
 */
public final class KolmogorovDistribution {

    private static final double STIRLING_SMALL_N_LIMIT = 140;

    private KolmogorovDistribution() {
    }

    /** {@code P(D_n >= x)}. */
    public static double survival(int n, double x) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, but was " + n);
        }
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x >= 1.0) {
            return 0.0;
        }
        if (x <= 0.0) {
            return 1.0;
        }
        double t = n * x;
        if (t <= 1.0) {
            if (t <= 0.5) {
                return 1.0;
            }
            return clip(1.0 - rubenGambinoLowerCdf(n, t));
        }
        if (t >= n - 1) {
            return clip(2 * Math.pow(1.0 - x, n));
        }
        if (x >= 0.5) {
            return clip(2 * Smirnov.survival(n, x));
        }
        double nxSquared = t * x;
        if (n <= STIRLING_SMALL_N_LIMIT) {
            if (nxSquared <= 0.754693) {
                return clip(1.0 - DurbinMatrix.cdf(n, x));
            }
            if (nxSquared <= 4) {
                return clip(1.0 - Pomeranz.cdf(n, x));
            }
            return clip(2 * Smirnov.survival(n, x));
        }
        if (nxSquared >= 370.0) {
            return 0.0;
        }
        if (nxSquared >= 2.2) {
            return clip(2 * Smirnov.survival(n, x));
        }
        double cdf = (n <= 100_000 && n * Math.pow(x, 1.5) <= 1.4)
                ? DurbinMatrix.cdf(n, x)
                : PelzGood.cdf(n, x);
        return clip(1.0 - cdf);
    }

    /** {@code P(D_n <= x) = n!/n^n (2t - 1)^n} for {@code 1/2 <= t = n x <= 1}. */
    private static double rubenGambinoLowerCdf(int n, double t) {
        double base = 2 * t - 1;
        if (n <= STIRLING_SMALL_N_LIMIT) {
            double product = 1.0;
            for (int i = 1; i <= n; i++) {
                product *= i * (1.0 / n) * base;
            }
            return product;
        }
        return Math.exp(logFactorialOverPower(n) + n * Math.log(base));
    }

    /**
     * {@code log(n! / n^n)} by Stirling's series with the {@code n log n} terms removed analytically:
     * {@code log(n)/2 - n + log(2 pi)/2 + sum_j B_2j / (2j (2j - 1) n^(2j-1))}, eight terms.
     */
    static double logFactorialOverPower(int n) {
        double[] coefficients = {
            1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
            -3617.0 / 122400,
        };
        double r = 1.0 / n;
        double r2 = r / n;
        double series = 0.0;
        for (int j = coefficients.length - 1; j >= 0; j--) {
            series = series * r2 + coefficients[j];
        }
        return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + r * series;
    }

    static double clip(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}
