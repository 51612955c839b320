package dev.mlgate.contract.internal;

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
    public SortedValues result() {
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new SortedValues(sorted);
    }

    /** Sorted values of a column. */
    record SortedValues(double[] values) {

        /**
         * The {@code q}-quantile with linear interpolation between closest ranks (numpy's default,
         * Hyndman and Fan type 7): position {@code q (n - 1)}; NaN when there is no value. Interpolates
         * from the nearer neighbour, as numpy's {@code _lerp} does, so results agree to the last bit.
         */
        double quantile(double q) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double position = q * (values.length - 1);
            int lower = (int) Math.floor(position);
            int upper = Math.min(lower + 1, values.length - 1);
            double fraction = position - lower;
            double difference = values[upper] - values[lower];
            return fraction >= 0.5
                    ? values[upper] - difference * (1 - fraction)
                    : values[lower] + difference * fraction;
        }
    }
}
