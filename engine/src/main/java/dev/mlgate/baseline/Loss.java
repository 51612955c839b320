package dev.mlgate.baseline;

/**
 * The per-row loss of a regression comparison's paired tests ({@link Test#PAIRED_T}, {@link Test#WILCOXON}):
 * each row contributes {@code loss(candidate) - loss(baseline)}.
 */
public enum Loss {

    /** {@code (prediction - actual)^2}, the loss whose mean is the MSE. */
    SQUARED_ERROR,

    /** {@code |prediction - actual|}, the loss whose mean is the MAE. */
    ABSOLUTE_ERROR
}
