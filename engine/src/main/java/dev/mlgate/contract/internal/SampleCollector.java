package dev.mlgate.contract.internal;

import dev.mlgate.backend.Sample;
import dev.mlgate.backend.SampleRequest;
import dev.mlgate.contract.DriftScale;
import dev.mlgate.contract.NoDrift;
import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.data.Row;
import dev.mlgate.data.RowVisitor;
import dev.mlgate.data.ValueKind;
import dev.mlgate.stats.internal.DoubleSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Collects the samples drift compares: numeric columns keep their values in primitive arrays,
 * categorical ones their counts (with mutable counters, no boxing per value). A categorical column with
 * more than {@value #MAX_CATEGORIES} distinct values stops counting: category counts cannot judge drift
 * of identifiers or free text, and so memory stays bounded. Unreadable values count as missing here;
 * the column's type check reports them.
 *
 * <p>During the data's scan it is fed the values the scan already parsed ({@link #accept(int, ColumnValue)});
 * for the reference it reads rows itself ({@link #visit(Row)}).
 */
final class SampleCollector implements RowVisitor {

    /** Most distinct values a categorical sample counts before it is judged high-cardinality. */
    static final int MAX_CATEGORIES = SampleRequest.MAX_CATEGORIES;

    private final List<ColumnSpec> columns;
    private final int[] indexes;
    private final ColumnValue[] values;
    private final double[][] numbers;
    private final int[] sizes;
    private final long[] nulls;
    private final long[] nans;
    private final long[] counted;
    private final List<BoundedCounts> counts;

    /** Collects {@code columns} present in {@code header}; absent ones give no sample. */
    SampleCollector(List<String> header, List<ColumnSpec> columns) {
        this(header, columns, numeric(columns));
    }

    /** Collects {@code columns}, each as numbers where {@code numeric} says so, else as category counts. */
    SampleCollector(List<String> header, List<ColumnSpec> columns, boolean[] numeric) {
        this.columns = columns;
        int n = columns.size();
        indexes = new int[n];
        values = new ColumnValue[n];
        numbers = new double[n][];
        sizes = new int[n];
        nulls = new long[n];
        nans = new long[n];
        counted = new long[n];
        counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            indexes[i] = header.indexOf(columns.get(i).name());
            values[i] = new ColumnValue(columns.get(i));
            numbers[i] = numeric[i] ? new double[1024] : null;
            counts.add(new BoundedCounts(MAX_CATEGORIES));
        }
    }

    private static boolean[] numeric(List<ColumnSpec> columns) {
        boolean[] numeric = new boolean[columns.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = isNumeric(columns.get(i));
        }
        return numeric;
    }

    /** Whether the {@code i}-th column's sample keeps numbers rather than category counts. */
    boolean keepsNumbers(int i) {
        return numbers[i] != null;
    }

    /** Whether the column is sampled as numbers: a numeric or time kind, unless declared categorical. */
    static boolean isNumeric(ColumnSpec column) {
        return switch (column.kind()) {
            case INTEGER, DECIMAL, DATE, DATE_TIME, INSTANT -> !declaredCategorical(column);
            default -> false;
        };
    }

    /** Whether the component declares {@code @NoDrift(as = CATEGORICAL)}. */
    static boolean declaredCategorical(ColumnSpec column) {
        return column.annotations() != null && AnnotationSupport.findAnnotation(column.annotations(), NoDrift.class)
                .map(drift -> drift.as() == DriftScale.CATEGORICAL).orElse(false);
    }

    /** The sampled columns, in order; {@link #accept(int, ColumnValue)} takes their positions. */
    List<ColumnSpec> columns() {
        return columns;
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

    /** Adds the current value of the {@code i}-th sampled column, already read. */
    void accept(int i, ColumnValue value) {
        if (value.state != State.VALUE) {
            nulls[i]++;
        } else if (numbers[i] == null) {
            counted[i]++;
            // an integer column compared as categories: "07" and "7" are one value
            counts.get(i).add(columns.get(i).kind() == ValueKind.INTEGER ? Long.toString(value.integer) : value.raw());
        } else if (Double.isNaN(value.number)) {
            nans[i]++;
        } else {
            if (sizes[i] == numbers[i].length) {
                numbers[i] = Arrays.copyOf(numbers[i], sizes[i] * 2);
            }
            numbers[i][sizes[i]++] = value.number;
        }
    }

    /** The samples, by column name, of the columns the file holds; numbers in ascending order. */
    Map<String, Sample> samples() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i] < 0) {
                continue;
            }
            if (numbers[i] == null) {
                samples.put(columns.get(i).name(), new Sample.Categorical(counts.get(i).toMap(), nulls[i],
                        counted[i], counts.get(i).overflowed()));
            } else {
                // sorted here, once: every drift method needs the values in order, none in row order
                double[] values = Arrays.copyOf(numbers[i], sizes[i]);
                DoubleSort.sort(values);
                samples.put(columns.get(i).name(), new Sample.Numeric(values, nulls[i], nans[i]));
            }
        }
        return samples;
    }
}
