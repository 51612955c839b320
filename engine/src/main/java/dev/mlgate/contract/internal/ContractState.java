package dev.mlgate.contract.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Everything a contract's checks read, computed in one pass over the data file.
 *
 * @param file the data file as resolved
 * @param header the columns the file holds, in order
 * @param rows the number of data rows
 * @param metrics per column, each requested metric's result
 * @param table the whole dataset, only when a custom rule needs it
 * @param reference the reference dataset, only when a custom rule needs it
 */
record ContractState(
        Path file,
        List<String> header,
        long rows,
        Map<String, Map<ColumnMetric, Object>> metrics,
        Optional<Table> table,
        Optional<Table> reference) {

    boolean hasColumn(String column) {
        return header.contains(column);
    }

    /** The result of {@code metric} on {@code column}, computed because a check asked for it. */
    @SuppressWarnings("unchecked")
    <R> R metric(String column, ColumnMetric metric) {
        return (R) metrics.get(column).get(metric);
    }

    /** The file name and its columns, for messages about a missing column. */
    String describeColumns() {
        return file.getFileName() + " has the columns " + String.join(", ", header);
    }
}
