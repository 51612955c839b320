package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.Accumulator.Violations;
import dev.mlgate.contract.internal.RowMetric.RowAccumulator;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The single pass over a contract's data: each row's field of each requested column is read once into
 * a {@link ColumnValue} and offered to every accumulator of that column; row metrics see the whole
 * row. Memory stays bounded except for metrics that need per-value state (distinct values for
 * uniqueness, values for exact quantiles, keys for compound uniqueness).
 */
final class ContractScan {

    private ContractScan() {
    }

    /**
     * Streams {@code source} once and returns every requested metric.
     *
     * @param columnMetrics per column present in the file, the metrics to compute
     * @param rowMetrics the row metrics whose columns are all present
     * @param rowRules row rules, evaluated on a record built from the values read (every declared column);
     *     metrics that are {@link ColumnMetric.When} are fed on the rows where their condition holds
     * @param samples collects drift samples from the values this scan reads anyway
     * @param extra further visitors of the same rows (a table for custom rules)
     */
    static ScanResult run(RowSource source, List<ColumnSpec> columns, Map<String, Set<ColumnMetric>> columnMetrics,
            Set<RowMetric> rowMetrics, Set<RowRuleMetric> rowRules, ScanSettings settings, SampleCollector samples,
            List<dev.mlgate.data.RowVisitor> extra) {
        List<String> header = source.header();
        List<Integer> indexes = new ArrayList<>();
        List<ColumnValue> values = new ArrayList<>();
        List<Accumulator[]> accumulators = new ArrayList<>();
        List<Integer> sampled = new ArrayList<>();
        List<String> sampledColumns = samples.columns().stream().map(ColumnSpec::name).toList();
        Map<String, Map<ColumnMetric, Accumulator>> byColumn = new LinkedHashMap<>();
        Map<String, ColumnValue> read = new LinkedHashMap<>();
        List<RowRuleScan.Conditioned> conditioned = new ArrayList<>();
        boolean conditional = columnMetrics.values().stream().flatMap(Set::stream)
                .anyMatch(ColumnMetric.When.class::isInstance);
        for (ColumnSpec column : columns) {
            int index = header.indexOf(column.name());
            Set<ColumnMetric> metrics = columnMetrics.getOrDefault(column.name(), Set.of());
            int sample = sampledColumns.indexOf(column.name());
            if (index < 0 || (metrics.isEmpty() && sample < 0 && rowRules.isEmpty() && !conditional)) {
                continue;
            }
            Map<ColumnMetric, Accumulator> own = new LinkedHashMap<>();
            metrics.forEach(metric -> own.put(metric, metric.newAccumulator(settings)));
            if (!own.isEmpty()) {
                byColumn.put(column.name(), own);
            }
            indexes.add(index);
            ColumnValue value = new ColumnValue(column);
            values.add(value);
            read.put(column.name(), value);
            List<Accumulator> always = new ArrayList<>();
            own.forEach((metric, accumulator) -> {
                if (metric instanceof ColumnMetric.When when) {
                    conditioned.add(new RowRuleScan.Conditioned(when.condition(), value, accumulator));
                } else {
                    always.add(accumulator);
                }
            });
            accumulators.add(always.toArray(Accumulator[]::new));
            sampled.add(sample);
        }
        int[] samplePositions = sampled.stream().mapToInt(Integer::intValue).toArray();
        Map<RowMetric, RowAccumulator> rows = new LinkedHashMap<>();
        for (RowMetric metric : rowMetrics) {
            List<String> names = metric.columns().isEmpty() ? header : metric.columns();
            if (header.containsAll(names)) {
                rows.put(metric, metric.newAccumulator(names.stream().mapToInt(header::indexOf).toArray(),
                        settings.maxExamples()));
            }
        }
        RowRuleScan rules = RowRuleScan.of(rowRules, conditioned, read, settings.maxExamples());
        RowAccumulator[] rowAccumulators = rows.values().toArray(RowAccumulator[]::new);
        dev.mlgate.data.RowVisitor[] visitors = extra.toArray(dev.mlgate.data.RowVisitor[]::new);
        int width = indexes.size();
        int[] fieldIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
        ColumnValue[] columnValues = values.toArray(ColumnValue[]::new);
        Accumulator[][] columnAccumulators = accumulators.toArray(Accumulator[][]::new);
        CachedRow cached = new CachedRow(header.size());
        ScanSummary summary = source.scan(next -> {
            CachedRow row = cached.at(next);
            for (int c = 0; c < width; c++) {
                ColumnValue value = columnValues[c];
                value.read(row.raw(fieldIndexes[c]), row.rowNumber(), row.lineNumber());
                for (Accumulator accumulator : columnAccumulators[c]) {
                    accumulator.accept(value);
                }
                if (samplePositions[c] >= 0) {
                    samples.accept(samplePositions[c], value);
                }
            }
            if (rules != null) {
                rules.accept(row.rowNumber(), row.lineNumber());
            }
            for (RowAccumulator accumulator : rowAccumulators) {
                accumulator.accept(row);
            }
            for (dev.mlgate.data.RowVisitor visitor : visitors) {
                visitor.visit(row);
            }
        });
        Map<String, Map<ColumnMetric, Object>> results = new LinkedHashMap<>();
        byColumn.forEach((column, own) -> {
            Map<ColumnMetric, Object> computed = new LinkedHashMap<>();
            own.forEach((metric, accumulator) -> computed.put(metric, accumulator.result()));
            results.put(column, computed);
        });
        Map<RowMetric, Violations> rowResults = new LinkedHashMap<>();
        rows.forEach((metric, accumulator) -> rowResults.put(metric, accumulator.result()));
        return new ScanResult(header, summary, results, rowResults, rules == null ? Map.of() : rules.results());
    }

    /** What one scan computed. */
    record ScanResult(List<String> header, ScanSummary summary, Map<String, Map<ColumnMetric, Object>> metrics,
            Map<RowMetric, Violations> rowMetrics, Map<RowRuleMetric, RowRuleMetric.Outcome> rowRules) {
    }
}
