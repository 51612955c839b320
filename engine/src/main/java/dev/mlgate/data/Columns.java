package dev.mlgate.data;

import dev.mlgate.data.internal.ArrayCollector;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads chosen columns of an artifact into primitive arrays, in one scan: the loader for prediction
 * files, whose metrics need every score and label at once (ROC AUC sorts them; a bootstrap resamples
 * them).
 *
 * <p>Only the requested columns are kept. A score column of ten million rows is an 80 MB
 * {@code double[]}; a label column, whose values repeat, costs its references.
 */
public final class Columns {

    /** The most rows the arrays can hold. */
    public static final int MAX_ROWS = Integer.MAX_VALUE - 8;
    private static final int FIRST_CAPACITY = 1024;

    private Columns() {
    }

    /**
     * Reads the requested columns of every row.
     *
     * @throws ArtifactException if a requested column is not in the header (listing those that are), or a
     *                           value breaks its request, naming its row
     * @throws IllegalArgumentException if a column is requested twice
     */
    public static ColumnData read(RowSource source, List<ColumnRequest> requests) {
        Map<String, ArrayCollector> collectors = new LinkedHashMap<>();
        for (ColumnRequest request : requests) {
            int index = source.columnIndex(request.column());
            if (collectors.putIfAbsent(request.column(), ArrayCollector.of(request, index)) != null) {
                throw new IllegalArgumentException("column '" + request.column() + "' is requested twice");
            }
        }
        ArrayCollector[] all = collectors.values().toArray(ArrayCollector[]::new);
        int[] state = {0, 0}; // rows read, capacity
        source.scan(row -> {
            int at = state[0];
            if (at == state[1]) {
                state[1] = grow(state[1], source, row);
                for (ArrayCollector collector : all) {
                    collector.ensureCapacity(state[1]);
                }
            }
            for (ArrayCollector collector : all) {
                collector.add(row, at);
            }
            state[0] = at + 1;
        });
        Map<String, Object> arrays = new HashMap<>();
        collectors.forEach((column, collector) -> arrays.put(column, collector.finish(state[0])));
        return new ColumnData(state[0], arrays);
    }

    private static int grow(int capacity, RowSource source, Row row) {
        if (capacity >= MAX_ROWS) {
            throw new ArtifactException(source.file(), row.lineNumber(), row.rowNumber(), null,
                    "more than " + MAX_ROWS + " rows: too many to hold as arrays in memory", null);
        }
        return (int) Math.min(MAX_ROWS, Math.max(FIRST_CAPACITY, capacity + (capacity >> 1)));
    }
}
