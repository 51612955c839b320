package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The numbers a scan's quantiles read (one double column per column asked for, null where a value is
 * missing, unreadable or NaN), parsed once and kept on the executors (memory, then disk) on the first
 * quantile asked, so each further quantile reads doubles instead of re-reading the file. Released by
 * the next scan of the same backend.
 */
final class QuantileProjection {

    private static QuantileProjection previous;

    private final java.util.function.Supplier<Dataset<Row>> source;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Dataset<Row> kept;

    QuantileProjection(java.util.function.Supplier<Dataset<Row>> source) {
        this.source = source;
        synchronized (QuantileProjection.class) {
            if (previous != null) {
                previous.release();
            }
            previous = this;
        }
    }

    /** Adds a column's numbers; returns the name the quantiles read. */
    String add(Column numbers) {
        String name = "q" + names.size();
        columns.add(numbers.as(name));
        names.add(name);
        return name;
    }

    synchronized Dataset<Row> rows() {
        if (kept == null) {
            kept = source.get().select(columns.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
        }
        return kept;
    }

    Column column(String name) {
        return col(name);
    }

    private synchronized void release() {
        if (kept != null) {
            kept.unpersist(false);
            kept = null;
        }
    }
}
