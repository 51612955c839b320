package dev.mlgate.contract.internal;

import dev.mlgate.data.RowSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The single pass over a contract's data: each row's field of each requested column is read once into
 * a {@link ColumnValue} and offered to every accumulator of that column. Memory stays bounded except
 * for metrics that need per-value state (distinct values for uniqueness).
 */
final class ContractScan {

    private ContractScan() {
    }

    /**
     * Streams {@code source} once and returns every requested metric.
     *
     * @param requested per column present in the file, the metrics to compute
     */
    static ScanResult run(RowSource source, List<ColumnSpec> columns, Map<String, Set<ColumnMetric>> requested,
            int maxExamples, TableCollector table) {
        List<String> header = source.header();
        List<Integer> indexes = new ArrayList<>();
        List<ColumnValue> values = new ArrayList<>();
        List<Accumulator[]> accumulators = new ArrayList<>();
        Map<String, Map<ColumnMetric, Accumulator>> byColumn = new LinkedHashMap<>();
        for (ColumnSpec column : columns) {
            int index = header.indexOf(column.name());
            Set<ColumnMetric> metrics = requested.getOrDefault(column.name(), Set.of());
            if (index < 0 || metrics.isEmpty()) {
                continue;
            }
            Map<ColumnMetric, Accumulator> own = new LinkedHashMap<>();
            metrics.forEach(metric -> own.put(metric, metric.newAccumulator(maxExamples)));
            byColumn.put(column.name(), own);
            indexes.add(index);
            values.add(new ColumnValue(column.kind()));
            accumulators.add(own.values().toArray(Accumulator[]::new));
        }
        long[] rows = {0};
        int width = indexes.size();
        source.scan(row -> {
            rows[0]++;
            for (int c = 0; c < width; c++) {
                ColumnValue value = values.get(c);
                value.read(row.raw(indexes.get(c)), row.rowNumber(), row.lineNumber());
                for (Accumulator accumulator : accumulators.get(c)) {
                    accumulator.accept(value);
                }
            }
            table.accept(row);
        });
        Map<String, Map<ColumnMetric, Object>> results = new LinkedHashMap<>();
        byColumn.forEach((column, own) -> {
            Map<ColumnMetric, Object> computed = new LinkedHashMap<>();
            own.forEach((metric, accumulator) -> computed.put(metric, accumulator.result()));
            results.put(column, computed);
        });
        return new ScanResult(header, rows[0], results);
    }

    /** What one scan computed. */
    record ScanResult(List<String> header, long rows, Map<String, Map<ColumnMetric, Object>> metrics) {
    }
}
