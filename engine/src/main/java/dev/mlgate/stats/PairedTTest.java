package dev.mlgate.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired t-test on per-row differences {@code d} (two-sided, null hypothesis: the mean difference
 * is 0), matching {@code scipy.stats.ttest_rel(a, b)} = {@code ttest_1samp(a - b, 0)}: {@code t = mean(d) /
 * (sd(d) / sqrt(n))} with the sample standard deviation ({@code ddof=1}), {@code n - 1} degrees of freedom.
 *
 * <p>Fewer than two differences, or all differences 0, give NaN statistic and p-value (SciPy: NaN). Equal
 * non-zero differences have no spread: t is infinite and the p-value 0, as SciPy reports.
 */
public final class PairedTTest {

    private PairedTTest() {
    }

    /** The test on the differences {@code d}, which must be finite. */
    public static PairedTTestResult test(double[] differences) {
        if (differences == null) {
            throw new IllegalArgumentException("differences must not be null");
        }
        int n = differences.length;
        double sum = 0;
        for (double d : differences) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("difference " + d + " is not finite");
            }
            sum += d;
        }
        if (n < 2) {
            return new PairedTTestResult(n == 1 ? differences[0] : Double.NaN, Double.NaN, n - 1, Double.NaN);
        }
        double mean = sum / n;
        double squares = 0;
        for (double d : differences) {
            squares += (d - mean) * (d - mean);
        }
        double standardError = Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        if (standardError == 0) {
            return mean == 0 ? new PairedTTestResult(0, Double.NaN, n - 1, Double.NaN)
                    : new PairedTTestResult(mean, Math.copySign(Double.POSITIVE_INFINITY, mean), n - 1, 0);
        }
        double t = mean / standardError;
        double p = 2 * new TDistribution(null, n - 1).cumulativeProbability(-Math.abs(t));
        return new PairedTTestResult(mean, t, n - 1, Math.min(1, p));
    }
}
