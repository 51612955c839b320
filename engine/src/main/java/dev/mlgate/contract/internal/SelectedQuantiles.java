package dev.mlgate.contract.internal;

import dev.mlgate.backend.Quantiles;
import dev.mlgate.stats.internal.DoubleOrder;
import dev.mlgate.stats.internal.Selection;

/**
 * Exact quantiles of a column's values by selection: each quantile finds its two neighbouring order
 * statistics in linear time, where sorting every value takes {@code n log n}. The values are the same
 * as those of {@link dev.mlgate.backend.SortedNumbers} over the sorted values, to the last bit: the
 * same order statistics (in {@link java.util.Arrays#sort(double[])}'s order, {@code -0.0} before
 * {@code 0.0}) and the same interpolation. Quantiles may be asked from several checks, one at a time.
 */
final class SelectedQuantiles implements Quantiles {

    /** The values' {@link DoubleOrder} keys, reordered by each selection. */
    private final long[] keys;

    /** Takes {@code keys}, the {@link DoubleOrder} keys of the non-NaN values, in any order. */
    SelectedQuantiles(long[] keys) {
        this.keys = keys;
    }

    /** Positions and interpolation as {@link dev.mlgate.backend.SortedNumbers#quantile(double)}'s. */
    @Override
    public synchronized double quantile(double q) {
        int n = keys.length;
        if (n == 0) {
            return Double.NaN;
        }
        double position = q * (n - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, n - 1);
        if (upper < 0) {
            throw new ArrayIndexOutOfBoundsException("Index " + upper + " out of bounds for length " + n);
        }
        double below = DoubleOrder.value(Selection.select(keys, lower));
        // after the selection every key past `lower` is at least its key: the next order statistic is their least
        double above = upper == lower ? below : DoubleOrder.value(Selection.min(keys, upper, n));
        return dev.mlgate.stats.internal.Quantiles.interpolate(below, above, position - lower);
    }

    @Override
    public long size() {
        return keys.length;
    }
}
