package dev.mlgate.backend;

/**
 * The result of {@link MetricRequest.SortedValues}: quantiles of a column's non-NaN values. The local
 * backend keeps every value and selects the order statistics each quantile needs, exactly as
 * {@link SortedNumbers} would read them from the sorted values; a distributed backend computes each
 * quantile where the data is, when a check asks for it, and says so when it approximates.
 */
public interface Quantiles {

    /**
     * The {@code q}-quantile with linear interpolation between closest ranks (numpy's default, Hyndman and
     * Fan type 7); NaN when there is no value.
     */
    double quantile(double q);

    /** How many values the quantiles are taken over. */
    long size();

    /** How the quantiles are approximated, with the error bound, for messages and the report; empty when exact. */
    default String approximation() {
        return "";
    }
}
