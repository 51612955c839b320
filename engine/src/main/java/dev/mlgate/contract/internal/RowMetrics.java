package dev.mlgate.contract.internal;

import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.contract.ColumnPair;
import dev.mlgate.data.Row;
import dev.mlgate.data.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The local backend's computation of each {@link RowRequest}, alongside the column metrics. */
final class RowMetrics {

    private RowMetrics() {
    }

    /** A fresh accumulator of {@code request}, reading the given header positions of its columns. */
    static RowAccumulator accumulator(RowRequest request, int[] indexes, int maxExamples) {
        if (request instanceof RowRequest.RepeatedKeys) {
            return repeatedKeys(indexes, maxExamples);
        } else if (request instanceof RowRequest.DuplicateRows) {
            LongPairSet seen = new LongPairSet();
            return new RowAccumulator(indexes, maxExamples, false, fields -> {
                RowHash hash = RowHash.of(fields);
                return !seen.add(hash.high(), hash.low());
            });
        } else if (request instanceof RowRequest.ColumnPairRows pair) {
            boolean numeric = isNumber(pair.left()) && isNumber(pair.right());
            return typed(List.of(pair.left(), pair.right()), indexes, maxExamples,
                    values -> !holds(pair.op(), compare(values[0], values[1], numeric, pair.tolerance())));
        }
        RowRequest.ColumnsSum sum = (RowRequest.ColumnsSum) request;
        int count = sum.parts().size();
        List<ColumnDescription> read = new ArrayList<>(sum.parts());
        if (sum.total() != null) {
            read.add(sum.total());
        }
        return typed(read, indexes, maxExamples, values -> {
            double total = 0;
            for (int i = 0; i < count; i++) {
                total += values[i].number;
            }
            double expected = sum.total() != null ? values[count].number : sum.value();
            return !(Math.abs(total - expected) <= sum.tolerance());
        });
    }

    /**
     * Rows whose key occurs on more than one row, every such row counted; keys are remembered by their
     * 128-bit {@link RowHash} with the row they first occurred on.
     */
    private static RowAccumulator repeatedKeys(int[] indexes, int maxExamples) {
        LongPairRows seen = new LongPairRows();
        long[] singletons = new long[1];
        return new RowAccumulator(indexes, maxExamples, true, new Judge() {
            @Override
            public long judge(String[] fields, long row) {
                RowHash hash = RowHash.of(fields);
                long first = seen.see(hash.high(), hash.low(), row);
                if (first == 0) {
                    singletons[0]++;
                    return CONFORMS;
                }
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

    /** Rows whose typed values fail {@code violates}; a null or unreadable value leaves the row unchecked. */
    private static RowAccumulator typed(List<ColumnDescription> columns, int[] indexes, int maxExamples,
            Predicate<ColumnValue[]> violates) {
        ColumnValue[] values = columns.stream().map(ColumnSpec::of).map(ColumnValue::new).toArray(ColumnValue[]::new);
        return new RowAccumulator(indexes, maxExamples, true, (fields, row) -> {
            for (int i = 0; i < fields.length; i++) {
                values[i].read(fields[i], row, row);
                if (values[i].state != ColumnValue.State.VALUE) {
                    return Judge.SKIPPED;
                }
            }
            return violates.test(values) ? Judge.VIOLATES : Judge.CONFORMS;
        });
    }

    private static int compare(ColumnValue left, ColumnValue right, boolean numeric, double tolerance) {
        if (numeric) {
            double difference = left.number - right.number;
            return Math.abs(difference) <= tolerance ? 0 : difference < 0 ? -1 : 1;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        int order = ((Comparable) left.temporal()).compareTo(right.temporal());
        return Integer.signum(order);
    }

    private static boolean holds(ColumnPair.Op op, int order) {
        return switch (op) {
            case GREATER -> order > 0;
            case GREATER_OR_EQUAL -> order >= 0;
            case EQUAL -> order == 0;
            case LESS_OR_EQUAL -> order <= 0;
            case LESS -> order < 0;
        };
    }

    private static boolean isNumber(ColumnDescription column) {
        return column.kind() == ValueKind.INTEGER || column.kind() == ValueKind.DECIMAL;
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
    static final class RowAccumulator {

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
            accept(fields, row.rowNumber());
        }

        /** Judges the row {@code row} whose fields of the request's columns are {@code fields}. */
        void accept(String[] fields, long row) {
            checked++;
            long verdict = judge.judge(fields, row);
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
            examples.add(row, shown);
        }

        ViolationCount result() {
            return new ViolationCount(checked, violations, examples.inRowOrder(), judge.details(checked));
        }
    }
}
