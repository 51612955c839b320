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

    /** Counts per category, in order of first appearance. */
    record Categorical(Map<String, Long> counts, long nulls) implements ColumnSample {
        @Override
        public long size() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
