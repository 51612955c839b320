package dev.mlgate.stats;

/**
 * Outcome of {@link DeLong#test}.
 *
 * @param aucA ROC AUC of model A (ties count one half)
 * @param aucB ROC AUC of model B
 * @param difference {@code aucA - aucB}
 * @param standardError DeLong standard error of the difference
 * @param z {@code difference / standardError} (0 when both are 0)
 * @param pValue two-sided p-value {@code 2 Phi(-|z|)}
 * @param confidenceLevel level of the interval, e.g. 0.95
 * @param lower lower bound of the confidence interval of the difference
 * @param upper upper bound of the confidence interval of the difference
 */
public record DeLongResult(
        double aucA, double aucB, double difference, double standardError, double z, double pValue,
        double confidenceLevel, double lower, double upper) {
}
