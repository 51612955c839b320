package dev.mlgate.backend;

import java.util.Map;

/** One side's values of a column, as drift methods compare them; nulls and NaN values are counted, not kept. */
public sealed interface Sample {

    /** Missing (null or unreadable) values left out. */
    long nulls();

    /** Values kept. */
    long size();

    /**
     * Numeric values (epoch day or second for dates and times), in any order: drift compares them sorted,
     * and the local backend hands them over in ascending order already.
     *
     * @param values the values; NaN left out
     * @param nulls missing values left out
     * @param nans NaN values left out
     */
    record Numeric(double[] values, long nulls, long nans) implements Sample {
        @Override
        public long size() {
            return values.length;
        }
    }

    /**
     * Counts per category (the value as written; an integer as its decimal digits), in order of first
     * appearance.
     *
     * @param counts the count of each category; empty when {@code highCardinality}
     * @param nulls missing values left out
     * @param size non-null values seen
     * @param highCardinality whether there were more than {@link SampleRequest#MAX_CATEGORIES} distinct
     *     values, so the counts were dropped
     */
    record Categorical(Map<String, Long> counts, long nulls, long size, boolean highCardinality)
            implements Sample {
    }
}
