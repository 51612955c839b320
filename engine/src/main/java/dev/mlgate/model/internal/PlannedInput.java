package dev.mlgate.model.internal;

import dev.mlgate.spi.ValueSpec;
import java.util.List;

/**
 * One model input and the data columns that fill it, after the signature contract held.
 *
 * @param spec the model's input
 * @param columns the data columns, in the order of the input's last dimension
 * @param indexes the columns' indexes in the data's header
 */
record PlannedInput(ValueSpec spec, List<String> columns, int[] indexes) {

    /** Values per row. */
    int width() {
        return indexes.length;
    }

    /** The shape of a batch of {@code rows}: {@code [rows]} for a rank-1 input, {@code [rows, width]} otherwise. */
    long[] shape(int rows) {
        return spec.rank() == 1 ? new long[] {rows} : new long[] {rows, width()};
    }
}
