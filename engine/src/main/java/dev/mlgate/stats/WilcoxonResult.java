package dev.mlgate.stats;

/**
 * Outcome of a {@link Wilcoxon} signed-rank test.
 *
 * @param statistic {@code min(R+, R-)}, the smaller signed-rank sum; NaN when undefined
 * @param z the normal approximation's z, NaN for the exact test
 * @param pValue the two-sided p-value, NaN when undefined
 * @param exact whether the p-value comes from the exact null distribution
 * @param nonZero the number of non-zero differences ranked
 */
public record WilcoxonResult(double statistic, double z, double pValue, boolean exact, int nonZero) {
}
