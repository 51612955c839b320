package dev.mlgate.contract.internal;

import java.util.Map;

/** One side's values of a column, as drift methods compare them; nulls and NaN values are counted, not kept. */
sealed interface ColumnSample {

    /** Missing values left out. */
    long nulls();

    /** Values kept. */
    long size();

    /** Numeric values, in file order. */
    record Numeric(double[] values, long nulls, long nans) implements ColumnSample {
        @Override
        public long size() {
            return values.length;
        }
    }

    /**
     * Counts per category, in order of first appearance.
     *
     * @param counts the count of each category; empty when {@code highCardinality}
     * @param nulls missing values left out
     * @param size non-null values seen
     * @param highCardinality whether there were more than {@link SampleCollector#MAX_CATEGORIES} distinct
     *     values, so the counts were dropped
     */
    record Categorical(Map<String, Long> counts, long nulls, long size, boolean highCardinality)
            implements ColumnSample {
    }
}
