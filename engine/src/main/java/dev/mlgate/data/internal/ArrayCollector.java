package dev.mlgate.data.internal;

import dev.mlgate.data.ColumnRequest;
import dev.mlgate.data.Row;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Collects one requested column of a scan into a growing primitive array. */
public sealed interface ArrayCollector {

    /** A collector for a request, reading column {@code index}. */
    static ArrayCollector of(ColumnRequest request, int index) {
        if (request instanceof ColumnRequest.Decimals decimals) {
            return new DecimalArray(index, decimals.allowNonFinite(), decimals.allowMissing());
        }
        if (request instanceof ColumnRequest.Integers) {
            return new IntegerArray(index);
        }
        return new TextArray(index);
    }

    /** Adds this row's value at position {@code at}, which is never past the current capacity. */
    void add(Row row, int at);

    /** Makes room for at least {@code rows} values. */
    void ensureCapacity(int rows);

    /** The array, trimmed to {@code size} values. */
    Object finish(int size);

    /** A {@code double[]}. */
    final class DecimalArray implements ArrayCollector {
        private final int index;
        private final boolean allowNonFinite;
        private final boolean allowMissing;
        private double[] values = new double[0];

        DecimalArray(int index, boolean allowNonFinite, boolean allowMissing) {
            this.index = index;
            this.allowNonFinite = allowNonFinite;
            this.allowMissing = allowMissing;
        }

        @Override
        public void add(Row row, int at) {
            if (allowMissing && row.isNull(index)) {
                values[at] = Double.NaN;
                return;
            }
            double value = row.asDouble(index);
            if (!allowNonFinite && !Double.isFinite(value)) {
                throw row.error(index, Texts.quote(row.raw(index)) + " is not a finite number, and non-finite"
                        + " values are not allowed in this column");
            }
            values[at] = value;
        }

        @Override
        public void ensureCapacity(int rows) {
            values = Arrays.copyOf(values, rows);
        }

        @Override
        public Object finish(int size) {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }

    /** A {@code long[]}. */
    final class IntegerArray implements ArrayCollector {
        private final int index;
        private long[] values = new long[0];

        IntegerArray(int index) {
            this.index = index;
        }

        @Override
        public void add(Row row, int at) {
            values[at] = row.asLong(index);
        }

        @Override
        public void ensureCapacity(int rows) {
            values = Arrays.copyOf(values, rows);
        }

        @Override
        public Object finish(int size) {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }

    /** A {@code String[]} whose repeated values share one instance, up to a bound on distinct values. */
    final class TextArray implements ArrayCollector {
        private static final int MAX_SHARED = 4096;
        private final int index;
        private String[] values = new String[0];
        private Map<String, String> shared = new HashMap<>();

        TextArray(int index) {
            this.index = index;
        }

        @Override
        public void add(Row row, int at) {
            String value = row.raw(index);
            if (value != null && shared != null) {
                String earlier = shared.putIfAbsent(value, value);
                if (earlier != null) {
                    value = earlier;
                } else if (shared.size() > MAX_SHARED) {
                    shared = null;
                }
            }
            values[at] = value;
        }

        @Override
        public void ensureCapacity(int rows) {
            values = Arrays.copyOf(values, rows);
        }

        @Override
        public Object finish(int size) {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }
}
