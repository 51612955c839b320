package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.Accumulator.Violations;
import dev.mlgate.data.Row;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A quantity of whole rows that table constraints ask for and the scan computes, alongside the column metrics. */
sealed interface RowMetric {


    /** The columns the metric reads; all of the file's columns when empty. */
    List<String> columns();

    /** A fresh accumulator reading the given header positions of {@link #columns()}. */
    RowAccumulator newAccumulator(int[] indexes, int maxExamples);

    /**
     * Rows whose key (the values of {@code columns}) occurs on more than one row, every such row counted
     * (Great Expectations' {@code expect_compound_columns_to_be_unique}); rows with a null key part are
     * left out. Keys are remembered by their 128-bit {@link RowHash} with the row they first occurred on.
     */
    record RepeatedKeys(List<String> columns) implements RowMetric {
        @Override
        public RowAccumulator newAccumulator(int[] indexes, int maxExamples) {
            LongPairRows seen = new LongPairRows();
            long[] singletons = new long[1];
            return new RowAccumulator(indexes, maxExamples, true, new Judge() {
                @Override
                public long judge(String[] fields, long row) {
                    RowHash hash = RowHash.of(fields);
                    long first = seen.put(hash.high(), hash.low(), row);
                    if (first == 0) {
                        singletons[0]++;
                        return CONFORMS;
                    }
                    seen.put(hash.high(), hash.low(), -Math.abs(first));
                    if (first > 0) {
                        singletons[0]--;
                        return first;
                    }
                    return VIOLATES;
                }

                @Override
                public Map<String, Object> details(long checked) {
                    return RepeatsAccumulator.details(checked, seen.size(), singletons[0]);
                }
            });
        }
    }

    /**
     * Rows whose typed values, read as {@code specs} declare them, fail {@code test}; a row with a null or an
     * unreadable value in any of the columns is not checked.
     */
    record TypedRows(List<ColumnSpec> specs, RowTest test) implements RowMetric {

        /** A test on the typed values of one row, in the order of the specs. */
        interface RowTest {
            boolean violates(ColumnValue[] values);
        }

        @Override
        public List<String> columns() {
            return specs.stream().map(ColumnSpec::name).toList();
        }

        @Override
        public RowAccumulator newAccumulator(int[] indexes, int maxExamples) {
            ColumnValue[] values = specs.stream().map(ColumnValue::new).toArray(ColumnValue[]::new);
            return new RowAccumulator(indexes, maxExamples, true, new Judge() {
                @Override
                public long judge(String[] fields, long row) {
                    for (int i = 0; i < fields.length; i++) {
                        values[i].read(fields[i], row, row);
                        if (values[i].state != ColumnValue.State.VALUE) {
                            return SKIPPED;
                        }
                    }
                    return test.violates(values) ? VIOLATES : CONFORMS;
                }
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

    /**
     * Whether a row violates: {@link #CONFORMS}, {@link #VIOLATES}, or the 1-based earlier row that
     * violates together with this one (a key's first occurrence, known only once the key repeats).
     */
    interface Judge {

        long CONFORMS = 0;
        long VIOLATES = -1;
        /** The row is not judged (an unreadable value): it counts neither as checked nor as violating. */
        long SKIPPED = -2;

        long judge(String[] fields, long row);

        /** Further numbers for the report, given the rows checked. */
        default Map<String, Object> details(long checked) {
            return Map.of();
        }
    }

    /** Counts rows that violate, keeping the first examples in row order. */
    final class RowAccumulator {

        private final int[] indexes;
        private final boolean skipNulls;
        private final Judge judge;
        private final RepeatExamples examples;
        private long checked;
        private long violations;

        /** Counts the rows {@code violates} accepts, each on its own. */
        RowAccumulator(int[] indexes, int maxExamples, boolean skipNulls, Predicate<String[]> violates) {
            this(indexes, maxExamples, skipNulls, (fields, row) -> violates.test(fields) ? Judge.VIOLATES : Judge.CONFORMS);
        }

        RowAccumulator(int[] indexes, int maxExamples, boolean skipNulls, Judge judge) {
            this.indexes = indexes;
            this.skipNulls = skipNulls;
            this.judge = judge;
            this.examples = new RepeatExamples(maxExamples);
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
            long verdict = judge.judge(fields, row.rowNumber());
            if (verdict == Judge.SKIPPED) {
                checked--;
                return;
            }
            if (verdict == Judge.CONFORMS) {
                return;
            }
            String shown = Arrays.stream(fields).map(field -> field == null ? "null" : field)
                    .collect(Collectors.joining(", "));
            if (verdict > 0) {
                violations++;
                examples.add(verdict, shown);
            }
            violations++;
            examples.add(row.rowNumber(), shown);
        }

        Violations result() {
            return new Violations(checked, violations, examples.inRowOrder(), judge.details(checked));
        }
    }
}
