package dev.mlgate.contract.internal;

import dev.mlgate.backend.SortedNumbers;
import dev.mlgate.contract.internal.ColumnValue.State;
import java.util.Arrays;

/** Keeps a column's non-null, non-NaN values in a growing primitive array; sorts them once at the end. */
final class SortedValuesAccumulator implements Accumulator {

    private double[] values = new double[1024];
    private int size;

    @Override
    public void accept(ColumnValue value) {
        if (value.state != State.VALUE || Double.isNaN(value.number)) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value.number;
    }

    @Override
    public SortedNumbers result() {
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new SortedNumbers(sorted);
    }

}
