package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.Accumulator.Violations;
import dev.mlgate.data.Row;
import dev.mlgate.engine.internal.check.Evidence.Example;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A quantity of whole rows that table constraints ask for and the scan computes, alongside the column metrics. */
sealed interface RowMetric {

    /** The columns the metric reads; all of the file's columns when empty. */
    List<String> columns();

    /** A fresh accumulator reading the given header positions of {@link #columns()}. */
    RowAccumulator newAccumulator(int[] indexes, int maxExamples);

    /**
     * Rows whose key (the values of {@code columns}) appeared on an earlier row; rows with a null key part
     * are left out. Keys are remembered by their 128-bit {@link RowHash}.
     */
    record RepeatedKeys(List<String> columns) implements RowMetric {
        @Override
        public RowAccumulator newAccumulator(int[] indexes, int maxExamples) {
            LongPairSet seen = new LongPairSet();
            return new RowAccumulator(indexes, maxExamples, true, fields -> {
                RowHash hash = RowHash.of(fields);
                return !seen.add(hash.high(), hash.low());
            });
        }
    }

    /** Rows equal in every field to an earlier row, nulls equal to nulls, remembered by a 128-bit hash. */
    record DuplicateRows() implements RowMetric {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public RowAccumulator newAccumulator(int[] indexes, int maxExamples) {
            LongPairSet seen = new LongPairSet();
            return new RowAccumulator(indexes, maxExamples, false, fields -> {
                RowHash hash = RowHash.of(fields);
                return !seen.add(hash.high(), hash.low());
            });
        }
    }

    /** Counts rows that violate a row predicate, keeping the first examples. */
    final class RowAccumulator {

        private final int[] indexes;
        private final int maxExamples;
        private final boolean skipNulls;
        private final java.util.function.Predicate<String[]> violates;
        private final List<Example> examples = new ArrayList<>();
        private long checked;
        private long violations;

        RowAccumulator(int[] indexes, int maxExamples, boolean skipNulls,
                java.util.function.Predicate<String[]> violates) {
            this.indexes = indexes;
            this.maxExamples = maxExamples;
            this.skipNulls = skipNulls;
            this.violates = violates;
        }

        void accept(Row row) {
            String[] fields = new String[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                fields[i] = row.raw(indexes[i]);
                if (fields[i] == null && skipNulls) {
                    return;
                }
            }
            checked++;
            if (violates.test(fields)) {
                violations++;
                if (examples.size() < maxExamples) {
                    examples.add(new Example(row.rowNumber(), Arrays.stream(fields)
                            .map(field -> field == null ? "null" : field).collect(Collectors.joining(", "))));
                }
            }
        }

        Violations result() {
            return new Violations(checked, violations, examples);
        }
    }
}
