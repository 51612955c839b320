package dev.mlgate.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * McNemar's test for paired correctness of two models on the same rows, matching
 * {@code statsmodels.stats.contingency_tables.mcnemar(table, exact, correction)} with
 * {@code table = [[both right, b], [c, both wrong]]}, where {@code b} counts rows that A gets right
 * and B gets wrong, and {@code c} rows that A gets wrong and B gets right. Only {@code b} and
 * {@code c} matter.
 *
 * <ul>
 *   <li>{@link #exact}: statistic {@code min(b, c)}, p-value
 *       {@code min(1, 2 P(X <= min(b, c)))} for {@code X ~ Binomial(b + c, 1/2)}
 *       ({@code exact=True}).</li>
 *   <li>{@link #chiSquared}: statistic {@code (|b - c| - k)^2 / (b + c)} with {@code k = 1} when
 *       corrected for continuity (Edwards) and 0 otherwise, p-value from the chi-squared distribution
 *       with one degree of freedom ({@code exact=False, correction=True/False}). As in statsmodels,
 *       the corrected statistic is not truncated at 0: {@code b = c > 0} gives {@code 1 / (b + c)}.</li>
 * </ul>
 *
 * <p><b>No discordant pairs ({@code b = c = 0}).</b> The exact test gives statistic 0 and p-value
 * 1, as statsmodels does. The uncorrected chi-squared statistic is {@code 0/0}: statistic and
 * p-value are {@code NaN}, as in statsmodels. For the corrected statistic statsmodels computes
 * {@code 1/0 = inf} and reports {@code p = 0}, i.e. certainty of a difference from no evidence; this
 * class deliberately deviates there and also returns {@code NaN} for both, so that a gate cannot pass
 * or fail on it by accident. A caller should treat {@code b = c = 0} as "models indistinguishable"
 * (the exact p-value is 1). Negative counts are rejected with {@link IllegalArgumentException}.
 */
public final class McNemar {

    private McNemar() {
    }

    /** Exact binomial test; see the class comment. */
    public static McNemarResult exact(long b, long c) {
        requireCounts(b, c);
        long n = b + c;
        long k = Math.min(b, c);
        if (n == 0) {
            return new McNemarResult(0.0, 1.0);
        }
        return new McNemarResult(k, Math.min(1.0, 2 * lowerTail(k, n)));
    }

    /** Chi-squared test, with or without the continuity correction; see the class comment. */
    public static McNemarResult chiSquared(long b, long c, boolean continuityCorrection) {
        requireCounts(b, c);
        if (b + c == 0) {
            return new McNemarResult(Double.NaN, Double.NaN);
        }
        double numerator = Math.abs(b - c) - (continuityCorrection ? 1 : 0);
        double statistic = numerator * numerator / (double) (b + c);
        return new McNemarResult(statistic, ChiSquared.upperTail(statistic, 1));
    }

    /** Counts {@code {b, c}} from per-row correctness of models A and B. */
    public static long[] discordantPairs(boolean[] correctA, boolean[] correctB) {
        if (correctA == null || correctB == null || correctA.length != correctB.length) {
            throw new IllegalArgumentException("correctA and correctB must be non-null and of the same length");
        }
        long b = 0;
        long c = 0;
        for (int i = 0; i < correctA.length; i++) {
            if (correctA[i] && !correctB[i]) {
                b++;
            } else if (!correctA[i] && correctB[i]) {
                c++;
            }
        }
        return new long[] {b, c};
    }

    /**
     * {@code P(X <= k)} for {@code X ~ Binomial(n, 1/2)}, {@code k <= n/2}, summed downwards from
     * the largest term {@code P(X = k)} (Loader's saddle-point value, via Commons Math) with the
     * ratio {@code P(X = i-1) / P(X = i) = i / (n - i + 1)}, so small tails keep full relative precision.
     */
    private static double lowerTail(long k, long n) {
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many discordant pairs for the exact test: " + n);
        }
        double top = new BinomialDistribution(null, (int) n, 0.5).probability((int) k);
        double sum = 1.0;
        double ratio = 1.0;
        for (long i = k; i >= 1; i--) {
            ratio *= (double) i / (n - i + 1);
            sum += ratio;
            if (ratio < 1e-17 * sum) {
                break;
            }
        }
        return top * sum;
    }

    private static void requireCounts(long b, long c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("discordant counts must be non-negative, but were b=" + b + ", c=" + c);
        }
    }
}
