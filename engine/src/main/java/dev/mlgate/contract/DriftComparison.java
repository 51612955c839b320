package dev.mlgate.contract;

/**
 * One column compared with its reference, as a contract's drift check compares it.
 *
 * @param method the method used (never AUTO)
 * @param choice how the method was chosen, in words
 * @param statistic the test statistic or distance
 * @param pValue the p-value of a test, NaN for a distance
 * @param threshold the threshold applied
 * @param drifted whether the column drifted; false when undefined
 * @param undefinedReason why the comparison cannot decide, or null
 * @param summary the comparison in words, such as {@code two-sample Kolmogorov-Smirnov D = 0.7, p = 5.6E-5 < 0.05}
 */
public record DriftComparison(DriftMethod method, String choice, double statistic, double pValue, double threshold,
        boolean drifted, String undefinedReason, String summary) {

    /** False when a side holds no value, so nothing can be decided. */
    public boolean isDefined() {
        return undefinedReason == null;
    }
}
