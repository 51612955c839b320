package dev.mlgate.stats;

/**
 * Outcome of a {@link PairedTTest}.
 *
 * @param meanDifference the mean of the differences
 * @param t the t statistic, NaN when undefined
 * @param degreesOfFreedom {@code n - 1}
 * @param pValue the two-sided p-value, NaN when undefined
 */
public record PairedTTestResult(double meanDifference, double t, int degreesOfFreedom, double pValue) {
}
