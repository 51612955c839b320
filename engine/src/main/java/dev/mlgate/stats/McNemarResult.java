package dev.mlgate.stats;

/**
 * Outcome of a {@link McNemar} test.
 *
 * @param statistic {@code min(b, c)} for the exact test, the chi-squared statistic otherwise;
 *     {@code NaN} for a chi-squared test without discordant pairs
 * @param pValue two-sided p-value, {@code NaN} for a chi-squared test without discordant pairs
 */
public record McNemarResult(double statistic, double pValue) {
}
