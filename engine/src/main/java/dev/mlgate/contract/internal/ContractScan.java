package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.SampleRequest;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.contract.internal.RowMetrics.RowAccumulator;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local single pass over a contract's data: each row's field of each requested column is read once
 * into a {@link ColumnValue} and offered to every accumulator of that column; row metrics see the whole
 * row. Memory stays bounded except for metrics that need per-value state (distinct values for
 * uniqueness, values for exact quantiles, keys for compound uniqueness).
 */
final class ContractScan {

    private ContractScan() {
    }

    /** Streams {@code source} once and computes every request of {@code plan}. */
    static ScanResults run(RowSource source, ScanPlan plan) {
        List<String> header = source.header();
        ScanSettings settings = plan.settings();
        List<ColumnSpec> columns = plan.columns().stream().map(ColumnSpec::of).toList();
        Map<String, ColumnSpec> declared = new LinkedHashMap<>();
        columns.forEach(column -> declared.putIfAbsent(column.name(), column));
        List<ColumnSpec> sampledSpecs = plan.samples().stream()
                .map(sample -> declared.get(sample.column())).toList();
        boolean[] numeric = new boolean[sampledSpecs.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = plan.samples().get(i).numeric();
        }
        SampleCollector samples = new SampleCollector(header, sampledSpecs, numeric);
        List<String> sampledColumns = plan.samples().stream().map(SampleRequest::column).toList();
        TableCollector table = plan.table().map(request -> new TableCollector(source.file().getFileName().toString(),
                header, declared, request.columns())).orElse(null);
        Map<String, Set<MetricRequest>> columnMetrics = plan.metrics();
        Set<RowPredicate> rowRules = plan.rules();
        Map<RowPredicate, RowRuleMetric> resolved = new LinkedHashMap<>();
        List<Integer> indexes = new ArrayList<>();
        List<ColumnValue> values = new ArrayList<>();
        List<Accumulator[]> accumulators = new ArrayList<>();
        List<Integer> sampled = new ArrayList<>();
        Map<String, Map<MetricRequest, Accumulator>> byColumn = new LinkedHashMap<>();
        Map<String, ColumnValue> read = new LinkedHashMap<>();
        List<RowRuleScan.Conditioned> conditioned = new ArrayList<>();
        boolean conditional = columnMetrics.values().stream().flatMap(Set::stream)
                .anyMatch(MetricRequest.When.class::isInstance);
        for (ColumnSpec column : columns) {
            int index = header.indexOf(column.name());
            Set<MetricRequest> metrics = columnMetrics.getOrDefault(column.name(), Set.of());
            int sample = sampledColumns.indexOf(column.name());
            if (index < 0 || (metrics.isEmpty() && sample < 0 && rowRules.isEmpty() && !conditional)) {
                continue;
            }
            Map<MetricRequest, Accumulator> own = new LinkedHashMap<>();
            metrics.forEach(metric -> own.put(metric, LocalMetrics.accumulator(metric, settings)));
            if (!own.isEmpty()) {
                byColumn.put(column.name(), own);
            }
            indexes.add(index);
            ColumnValue value = new ColumnValue(column);
            values.add(value);
            read.put(column.name(), value);
            List<Accumulator> always = new ArrayList<>();
            own.forEach((metric, accumulator) -> {
                if (metric instanceof MetricRequest.When when) {
                    conditioned.add(new RowRuleScan.Conditioned(resolve(when.condition(), columns, resolved), value,
                            accumulator));
                } else {
                    always.add(accumulator);
                }
            });
            accumulators.add(always.toArray(Accumulator[]::new));
            sampled.add(sample);
        }
        int[] samplePositions = sampled.stream().mapToInt(Integer::intValue).toArray();
        Map<RowRequest, RowAccumulator> rows = new LinkedHashMap<>();
        for (RowRequest metric : plan.rows()) {
            List<String> names = metric.columns().isEmpty() ? header : metric.columns();
            if (header.containsAll(names)) {
                rows.put(metric, RowMetrics.accumulator(metric, names.stream().mapToInt(header::indexOf).toArray(),
                        settings.maxExamples()));
            }
        }
        Set<RowRuleMetric> rules = new java.util.LinkedHashSet<>();
        rowRules.forEach(rule -> rules.add(resolve(rule, columns, resolved)));
        RowRuleScan ruleScan = RowRuleScan.of(rules, conditioned, read, settings.maxExamples());
        RowAccumulator[] rowAccumulators = rows.values().toArray(RowAccumulator[]::new);
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
            if (ruleScan != null) {
                ruleScan.accept(row.rowNumber(), row.lineNumber());
            }
            for (RowAccumulator accumulator : rowAccumulators) {
                accumulator.accept(row);
            }
            if (table != null) {
                table.visit(row);
            }
        });
        Map<String, Map<MetricRequest, Object>> results = new LinkedHashMap<>();
        byColumn.forEach((column, own) -> {
            Map<MetricRequest, Object> computed = new LinkedHashMap<>();
            own.forEach((metric, accumulator) -> computed.put(metric, accumulator.result()));
            results.put(column, computed);
        });
        Map<RowRequest, ViolationCount> rowResults = new LinkedHashMap<>();
        rows.forEach((metric, accumulator) -> rowResults.put(metric, accumulator.result()));
        return new ScanResults(header, summary, results, rowResults, ruleScan == null ? Map.of() : ruleScan.results(),
                samples.samples(), table == null ? java.util.Optional.empty() : table.table());
    }

    /** The local evaluation of {@code predicate}; one per predicate, so equal conditions are evaluated once a row. */
    private static RowRuleMetric resolve(RowPredicate predicate, List<ColumnSpec> columns,
            Map<RowPredicate, RowRuleMetric> resolved) {
        return resolved.computeIfAbsent(predicate, key -> {
            try {
                return RowRuleMetric.resolve(key, RecordBuilder.of(key.recordType(), columns));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("mlgate cannot evaluate " + key + ": " + e, e);
            }
        });
    }
}
