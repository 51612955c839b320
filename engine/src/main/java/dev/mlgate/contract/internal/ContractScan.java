package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.Sample;
import dev.mlgate.backend.SampleRequest;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.contract.internal.RowMetrics.RowAccumulator;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.data.internal.CharRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local single pass over a contract's data: each row's field of each requested column is read once
 * into a {@link ColumnValue} and offered to every accumulator of that column; row metrics see the whole
 * row. Memory stays bounded except for metrics that need per-value state (distinct values for
 * uniqueness, values for exact quantiles, keys for compound uniqueness).
 */
final class ContractScan {

    final RowSource source;
    final List<String> header;
    final SampleCollector samples;
    final TableCollector table;
    /** Per column read: its header position, its value, its accumulators (not the conditional ones), its sample. */
    final int[] fieldIndexes;
    final ColumnValue[] columnValues;
    final Accumulator[][] columnAccumulators;
    final int[] samplePositions;
    /** The specs of the columns read, in the order of {@link #columnValues}. */
    final List<ColumnSpec> readSpecs = new ArrayList<>();
    /**
     * The row rules and the conditional metrics they feed, or null; a parallel scan replaces it with one
     * over values of its own ({@link #ruleScan(Map, List)}), whose outcomes are then the results.
     */
    RowRuleScan ruleScan;
    final RowAccumulator[] rowAccumulators;
    /** The requests of {@link #columnAccumulators} and {@link #rowAccumulators}, position by position. */
    final MetricRequest[][] columnRequests;
    final RowRequest[] rowRequests;
    final ScanSettings settings;
    /** Drift samples a parallel scan collected per column, or null: then {@link #samples} holds them. */
    Map<String, Sample> parallelSamples;
    final int[][] rowIndexes;
    /** Where the part files of a multi-file dataset start, seen by the reading thread. */
    final PartRows parts = new PartRows();
    private final Set<RowRuleMetric> rules;
    private final List<RowRuleScan.Conditioned> conditioned;
    private final List<String> conditionedColumns;
    private final List<MetricRequest> conditionedRequests;
    private final int maxExamples;
    private final Map<String, Map<MetricRequest, Accumulator>> byColumn = new LinkedHashMap<>();
    private final Map<RowRequest, RowAccumulator> rows = new LinkedHashMap<>();

    private ContractScan(RowSource source, ScanPlan plan) {
        this.source = source;
        this.header = source.header();
        this.settings = plan.settings();
        this.maxExamples = settings.maxExamples();
        List<ColumnSpec> columns = plan.columns().stream().map(ColumnSpec::of).toList();
        Map<String, ColumnSpec> declared = new LinkedHashMap<>();
        columns.forEach(column -> declared.putIfAbsent(column.name(), column));
        List<ColumnSpec> sampledSpecs = plan.samples().stream()
                .map(sample -> declared.get(sample.column())).toList();
        boolean[] numeric = new boolean[sampledSpecs.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = plan.samples().get(i).numeric();
        }
        samples = new SampleCollector(header, sampledSpecs, numeric);
        List<String> sampledColumns = plan.samples().stream().map(SampleRequest::column).toList();
        table = plan.table().map(request -> new TableCollector(source.file().getFileName().toString(),
                header, declared, request.columns())).orElse(null);
        Map<String, Set<MetricRequest>> columnMetrics = plan.metrics();
        Set<RowPredicate> rowRules = plan.rules();
        Map<RowPredicate, RowRuleMetric> resolved = new LinkedHashMap<>();
        List<Integer> indexes = new ArrayList<>();
        List<ColumnValue> values = new ArrayList<>();
        List<Accumulator[]> accumulators = new ArrayList<>();
        List<Integer> sampled = new ArrayList<>();
        Map<String, ColumnValue> read = new LinkedHashMap<>();
        conditioned = new ArrayList<>();
        conditionedColumns = new ArrayList<>();
        conditionedRequests = new ArrayList<>();
        List<MetricRequest[]> requests = new ArrayList<>();
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
            readSpecs.add(column);
            ColumnValue value = new ColumnValue(column);
            values.add(value);
            read.put(column.name(), value);
            List<Accumulator> always = new ArrayList<>();
            List<MetricRequest> alwaysRequests = new ArrayList<>();
            own.forEach((metric, accumulator) -> {
                if (metric instanceof MetricRequest.When when) {
                    conditioned.add(new RowRuleScan.Conditioned(resolve(when.condition(), columns, resolved), value,
                            accumulator));
                    conditionedColumns.add(column.name());
                    conditionedRequests.add(metric);
                } else {
                    always.add(accumulator);
                    alwaysRequests.add(metric);
                }
            });
            accumulators.add(always.toArray(Accumulator[]::new));
            requests.add(alwaysRequests.toArray(MetricRequest[]::new));
            sampled.add(sample);
        }
        samplePositions = sampled.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> rowColumns = new ArrayList<>();
        for (RowRequest metric : plan.rows()) {
            List<String> names = metric.columns().isEmpty() ? header : metric.columns();
            if (header.containsAll(names)) {
                int[] positions = names.stream().mapToInt(header::indexOf).toArray();
                rows.put(metric, RowMetrics.accumulator(metric, positions, maxExamples));
                rowColumns.add(positions);
            }
        }
        rowIndexes = rowColumns.toArray(int[][]::new);
        rules = new LinkedHashSet<>();
        rowRules.forEach(rule -> rules.add(resolve(rule, columns, resolved)));
        ruleScan = RowRuleScan.of(rules, conditioned, read, maxExamples);
        rowAccumulators = rows.values().toArray(RowAccumulator[]::new);
        rowRequests = rows.keySet().toArray(RowRequest[]::new);
        columnRequests = requests.toArray(MetricRequest[][]::new);
        fieldIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
        columnValues = values.toArray(ColumnValue[]::new);
        columnAccumulators = accumulators.toArray(Accumulator[][]::new);
    }

    /**
     * Streams {@code source} once and computes every request of {@code plan}: on the calling thread when
     * {@code threads} is 1, else with {@code threads} threads computing while the calling thread reads.
     */
    static ScanResults run(RowSource source, ScanPlan plan, int threads) {
        ContractScan scan = new ContractScan(source, plan);
        ScanSummary summary = threads <= 1 ? scan.sequential() : ParallelScan.run(scan, threads);
        return scan.results(summary);
    }

    /** The single-threaded pass: every row's values are read and offered to every accumulator in turn. */
    private ScanSummary sequential() {
        int width = fieldIndexes.length;
        CachedRow cached = new CachedRow(header.size());
        return source.scan(next -> {
            parts.observe(next);
            CachedRow row = cached.at(next);
            CharRow chars = next instanceof CharRow inPlace ? inPlace : null;
            for (int c = 0; c < width; c++) {
                ColumnValue value = columnValues[c];
                int index = fieldIndexes[c];
                if (chars != null) {
                    value.read(chars.chars(), chars.start(index), chars.length(index), row.rowNumber(), row.lineNumber());
                } else {
                    value.read(row.raw(index), row.rowNumber(), row.lineNumber());
                }
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
    }

    /**
     * The row rules and conditional metrics evaluated over values of their own, {@code own} by column
     * name, with fresh accumulators for the conditional metrics, added to {@code fresh} (for a thread other
     * than the one reading the column values). Null when there are no rules.
     */
    RowRuleScan ruleScan(Map<String, ColumnValue> own, List<Accumulator> fresh) {
        List<RowRuleScan.Conditioned> rebound = new ArrayList<>();
        for (int i = 0; i < conditioned.size(); i++) {
            fresh.add(LocalMetrics.accumulator(conditionedRequests.get(i), settings));
            rebound.add(new RowRuleScan.Conditioned(conditioned.get(i).condition(), own.get(conditionedColumns.get(i)),
                    fresh.get(i)));
        }
        return RowRuleScan.of(rules, rebound, own, maxExamples);
    }

    /** Takes the conditional metrics' {@code fresh} accumulators of {@link #ruleScan(Map, List)} as results. */
    void adoptConditioned(List<Accumulator> fresh) {
        for (int i = 0; i < fresh.size(); i++) {
            byColumn.get(conditionedColumns.get(i)).put(conditionedRequests.get(i), fresh.get(i));
        }
    }

    /** Takes {@code accumulators} (computed in place of column {@code c}'s) as that column's results. */
    void adoptColumn(int c, Accumulator[] accumulators) {
        Map<MetricRequest, Accumulator> own = byColumn.get(readSpecs.get(c).name());
        for (int k = 0; k < accumulators.length; k++) {
            own.put(columnRequests[c][k], accumulators[k]);
        }
    }

    /** Takes {@code accumulator} (computed in place of row metric {@code k}'s) as its result. */
    void adoptRow(int k, RowAccumulator accumulator) {
        rows.put(rowRequests[k], accumulator);
    }

    private ScanResults results(ScanSummary summary) {
        Map<String, Map<MetricRequest, Object>> results = new LinkedHashMap<>();
        byColumn.forEach((column, own) -> {
            Map<MetricRequest, Object> computed = new LinkedHashMap<>();
            own.forEach((metric, accumulator) -> computed.put(metric, accumulator.result()));
            results.put(column, computed);
        });
        Map<RowRequest, ViolationCount> rowResults = new LinkedHashMap<>();
        rows.forEach((metric, accumulator) -> rowResults.put(metric, accumulator.result()));
        return parts.located(new ScanResults(header, summary, results, rowResults,
                ruleScan == null ? Map.of() : ruleScan.results(),
                parallelSamples != null ? parallelSamples : samples.samples(),
                table == null ? Optional.empty() : table.table()));
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
