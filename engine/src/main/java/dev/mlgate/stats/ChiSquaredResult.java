package dev.mlgate.stats;

/**
 * Outcome of a {@link ChiSquared} test.
 *
 * @param statistic Pearson's {@code X^2}, {@code >= 0}, possibly {@code +infinity} for a
 *     goodness-of-fit test with a category unseen in the reference
 * @param pValue upper-tail probability of the chi-squared distribution, in [0, 1]
 * @param degreesOfFreedom number of categories kept minus one
 */
public record ChiSquaredResult(double statistic, double pValue, int degreesOfFreedom) {
}
