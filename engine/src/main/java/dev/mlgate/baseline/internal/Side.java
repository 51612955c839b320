package dev.mlgate.baseline.internal;

import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.RowLines;
import dev.mlgate.metrics.Resamplable;
import java.nio.file.Path;
import java.util.List;

/**
 * What was read from one predictions file, in file order.
 *
 * @param file the file as resolved
 * @param summary what the scan saw: rows, bytes, SHA-256 of the whole file
 * @param ids the id code ({@link Ids}) of each row, or null when no id column is declared
 * @param view this file's model's view of its rows
 * @param secondView the baseline's view of a one-file comparison, or null
 * @param slices the rows of each value of each slice column, values in order of first appearance
 * @param lines the physical line of each row, to name rows in messages
 */
record Side(Path file, ScanSummary summary, int[] ids, Resamplable<?> view, Resamplable<?> secondView,
        List<Slice> slices, RowLines lines) {

    int rows() {
        return view.size();
    }
}
