package dev.mlgate.data.internal;

import dev.mlgate.data.Row;
import tech.tablesaw.columns.Column;

/** Collects one column of a scan into a Tablesaw column. */
public sealed interface ColumnLoader permits TypedColumnLoader, InferringColumnLoader {

    /** Adds the value of {@code column} in {@code row}. */
    void add(Row row, int column);

    /** The finished column. */
    Column<?> build();
}
