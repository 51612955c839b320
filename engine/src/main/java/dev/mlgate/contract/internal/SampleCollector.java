package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.data.Row;
import dev.mlgate.data.RowVisitor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the samples drift compares, during a scan that is made anyway: numeric columns keep their
 * values in primitive arrays, categorical ones their counts. Unreadable values count as missing here;
 * the column's type check reports them.
 */
final class SampleCollector implements RowVisitor {

    private final List<ColumnSpec> columns;
    private final int[] indexes;
    private final ColumnValue[] values;
    private final double[][] numbers;
    private final int[] sizes;
    private final long[] nulls;
    private final long[] nans;
    private final List<Map<String, Long>> counts;

    /** Collects {@code columns} present in {@code header}; absent ones give no sample. */
    SampleCollector(List<String> header, List<ColumnSpec> columns) {
        this.columns = columns;
        int n = columns.size();
        indexes = new int[n];
        values = new ColumnValue[n];
        numbers = new double[n][];
        sizes = new int[n];
        nulls = new long[n];
        nans = new long[n];
        counts = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            indexes[i] = header.indexOf(columns.get(i).name());
            values[i] = new ColumnValue(columns.get(i).kind());
            numbers[i] = isNumeric(columns.get(i)) ? new double[1024] : null;
            counts.add(new LinkedHashMap<>());
        }
    }

    static boolean isNumeric(ColumnSpec column) {
        return switch (column.kind()) {
            case INTEGER, DECIMAL, DATE, DATE_TIME, INSTANT -> true;
            default -> false;
        };
    }

    @Override
    public void visit(Row row) {
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i] < 0) {
                continue;
            }
            ColumnValue value = values[i];
            value.read(row.raw(indexes[i]), row.rowNumber(), row.lineNumber());
            accept(i, value);
        }
    }

    /** Adds the value of the only column of a one-column collector (in-memory columns). */
    void accept(ColumnValue value) {
        accept(0, value);
    }

    private void accept(int i, ColumnValue value) {
        if (value.state != State.VALUE) {
            nulls[i]++;
        } else if (numbers[i] == null) {
            counts.get(i).merge(value.raw, 1L, Long::sum);
        } else if (Double.isNaN(value.number)) {
            nans[i]++;
        } else {
            if (sizes[i] == numbers[i].length) {
                numbers[i] = Arrays.copyOf(numbers[i], sizes[i] * 2);
            }
            numbers[i][sizes[i]++] = value.number;
        }
    }

    /** The samples, by column name, of the columns the file holds. */
    Map<String, ColumnSample> samples() {
        Map<String, ColumnSample> samples = new LinkedHashMap<>();
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i] < 0) {
                continue;
            }
            samples.put(columns.get(i).name(), numbers[i] == null
                    ? new ColumnSample.Categorical(counts.get(i), nulls[i])
                    : new ColumnSample.Numeric(Arrays.copyOf(numbers[i], sizes[i]), nulls[i], nans[i]));
        }
        return samples;
    }
}
