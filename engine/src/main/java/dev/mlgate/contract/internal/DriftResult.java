package dev.mlgate.contract.internal;

import dev.mlgate.contract.DriftMethod;

/**
 * How one column compares with the reference.
 *
 * @param column the column
 * @param method the method used (never AUTO)
 * @param choice how the method was chosen, in words, for the report
 * @param statistic the test statistic or distance
 * @param pValue the p-value of a test, NaN for a distance
 * @param threshold the threshold applied
 * @param drifted whether the column drifted; meaningless when {@code undefinedReason} is set
 * @param undefinedReason why the comparison cannot decide, or null
 * @param note a remark on the data that the message repeats (left-out values, one-sided categories), or empty
 * @param histogram reference and current histograms as JSON, for the report's chart
 */
record DriftResult(String column, DriftMethod method, String choice, double statistic, double pValue,
        double threshold, boolean drifted, String undefinedReason, String note, String histogram) {

    boolean isDefined() {
        return undefinedReason == null;
    }

    /** The value compared with the threshold: the p-value of a test, else the statistic. */
    double judged() {
        return method.judgesPValue() ? pValue : statistic;
    }

    /** {@code p = 0.0012 < 0.05} or {@code distance 0.31 > 0.1}, for messages. */
    String describe() {
        String name = switch (method) {
            case KOLMOGOROV_SMIRNOV -> "two-sample Kolmogorov-Smirnov D = " + Messages.number(statistic) + ", p";
            case CHI_SQUARED -> "chi-squared = " + Messages.number(statistic) + ", p";
            case POPULATION_STABILITY_INDEX -> "population stability index";
            case JENSEN_SHANNON -> "Jensen-Shannon distance (natural log)";
            case WASSERSTEIN -> Double.isNaN(statistic) ? "Wasserstein distance" : "Wasserstein distance / reference standard deviation";
            case AUTO -> "drift";
        };
        boolean over = method.judgesPValue() ? judged() < threshold : judged() > threshold;
        String comparison = method.judgesPValue() ? (over ? " < " : " >= ") : (over ? " > " : " <= ");
        return name + " = " + Messages.number(judged()) + comparison + Messages.number(threshold);
    }
}
