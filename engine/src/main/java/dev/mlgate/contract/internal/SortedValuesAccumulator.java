package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.stats.internal.DoubleOrder;
import java.util.Arrays;

/**
 * Keeps a column's non-null, non-NaN values (as their {@link DoubleOrder} keys) in a growing primitive
 * array, for exact quantiles by selection ({@link SelectedQuantiles}): no sort.
 */
final class SortedValuesAccumulator implements Accumulator {

    private long[] keys = new long[1024];
    private int size;

    @Override
    public void accept(ColumnValue value) {
        if (value.state != State.VALUE || Double.isNaN(value.number)) {
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = DoubleOrder.key(value.number);
    }

    @Override
    public SelectedQuantiles result() {
        return new SelectedQuantiles(Arrays.copyOf(keys, size));
    }
}
