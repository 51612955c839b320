package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.Sample;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.contract.DriftComparison;
import dev.mlgate.contract.DriftMethod;
import dev.mlgate.contract.Violations;
import dev.mlgate.data.ValueKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Feeds a Tablesaw column's cells to the same accumulators a contract's scan uses, so in-memory checks
 * (assertions, custom rules) count, compute and describe exactly as the contract does. Row numbers are
 * 1-based positions in the column. Behind {@link dev.mlgate.contract.ColumnChecks}; not for users.
 */
public final class InMemoryColumns {

    private InMemoryColumns() {
    }

    /** The kind whose semantics apply to a Tablesaw column. */
    static ValueKind kindOf(Column<?> column) {
        if (column instanceof NumericColumn<?> numeric) {
            String type = numeric.type().name();
            return type.equals("DOUBLE") || type.equals("FLOAT") ? ValueKind.DECIMAL : ValueKind.INTEGER;
        }
        if (column instanceof BooleanColumn) {
            return ValueKind.BOOLEAN;
        }
        if (column instanceof DateColumn) {
            return ValueKind.DATE;
        }
        if (column instanceof DateTimeColumn) {
            return ValueKind.DATE_TIME;
        }
        if (column instanceof InstantColumn) {
            return ValueKind.INSTANT;
        }
        return ValueKind.STRING;
    }

    /** Computes {@code metric} over every cell of {@code column}. */
    static Object compute(Column<?> column, MetricRequest metric, ScanSettings settings) {
        return compute(column, Map.of(metric, LocalMetrics.accumulator(metric, settings))).get(metric);
    }

    /** Computes every metric of {@code accumulators} in one pass over {@code column}. */
    static Map<MetricRequest, Object> compute(Column<?> column, Map<MetricRequest, Accumulator> accumulators) {
        ColumnValue value = new ColumnValue(kindOf(column));
        for (int i = 0; i < column.size(); i++) {
            value.set(column.isMissing(i) ? null : column.get(i), i + 1L);
            for (Accumulator accumulator : accumulators.values()) {
                accumulator.accept(value);
            }
        }
        Map<MetricRequest, Object> results = new java.util.LinkedHashMap<>();
        accumulators.forEach((metric, accumulator) -> results.put(metric, accumulator.result()));
        return results;
    }

    private static ScanSettings settings(int maxExamples) {
        return new ScanSettings(maxExamples, java.time.LocalDate.now(java.time.ZoneOffset.UTC), java.time.Instant.now());
    }

    public static Violations nulls(Column<?> column, int maxExamples) {
        return violations(column, new MetricRequest.NullCount(), maxExamples);
    }

    public static Violations repeats(Column<?> column, int maxExamples) {
        return violations(column, new MetricRequest.RepeatedValues(true), maxExamples);
    }

    public static Violations outOfRange(Column<?> column, double min, double max, boolean minExclusive,
            boolean maxExclusive, int maxExamples) {
        requireNumeric(column);
        return violations(column, new MetricRequest.OutOfRange(min, max, minExclusive, maxExclusive), maxExamples);
    }

    public static Violations notIn(Column<?> column, Set<String> allowed, int maxExamples) {
        return violations(column, new MetricRequest.NotInSet(Set.copyOf(allowed)), maxExamples);
    }

    public static Violations mismatches(Column<?> column, String regex, int maxExamples) {
        return violations(column, new MetricRequest.PatternMismatch(regex), maxExamples);
    }

    public static Violations lengthOutOfRange(Column<?> column, int min, int max, int maxExamples) {
        return violations(column, new MetricRequest.LengthOutOfRange(min, max), maxExamples);
    }

    public static double mean(Column<?> column) {
        requireNumeric(column);
        Statistic computed = new Statistic.FromMoments("mean", Statistic.FromMoments.Kind.MEAN);
        return computed.compute(compute(column, computed.metric(), settings(0)));
    }

    public static double standardDeviation(Column<?> column, int ddof) {
        requireNumeric(column);
        Statistic computed = new Statistic.StandardDeviation(ddof);
        return computed.compute(compute(column, computed.metric(), settings(0)));
    }

    public static double quantile(Column<?> column, double q) {
        requireNumeric(column);
        Statistic computed = new Statistic.Quantile(q);
        return computed.compute(compute(column, computed.metric(), settings(0)));
    }

    public static Violations duplicateRows(Table table, int maxExamples) {
        return rows(table, new RowRequest.DuplicateRows(), table.columnNames(), maxExamples);
    }

    public static Violations repeatedKeys(Table table, List<String> columns, int maxExamples) {
        return rows(table, new RowRequest.RepeatedKeys(List.copyOf(columns)), columns, maxExamples);
    }

    public static DriftComparison drift(Column<?> reference, Column<?> current, DriftMethod method, double threshold) {
        ColumnSpec spec = new ColumnSpec(current.name(), current.name(), kindOf(reference), true, Set.of(),
                InMemoryColumns.class, Optional.empty());
        DriftResult result = DriftAnalysis.compare(current.name(), sample(reference, spec), sample(current, spec),
                method, threshold);
        return new DriftComparison(result.method(), result.choice(), result.statistic(), result.pValue(),
                result.threshold(), result.isDefined() && result.drifted(), result.undefinedReason(),
                result.isDefined() ? result.describe() : "cannot compare: " + result.undefinedReason());
    }

    private static Sample sample(Column<?> column, ColumnSpec spec) {
        SampleCollector collector = new SampleCollector(List.of(spec.name()), List.of(spec));
        ColumnValue value = new ColumnValue(spec.kind());
        for (int i = 0; i < column.size(); i++) {
            value.set(column.isMissing(i) ? null : column.get(i), i + 1L);
            collector.accept(value);
        }
        return collector.samples().get(spec.name());
    }

    private static Violations violations(Column<?> column, MetricRequest metric, int maxExamples) {
        ViolationCount found = (ViolationCount) compute(column, metric, settings(maxExamples));
        return publicView(found);
    }

    private static Violations rows(Table table, RowRequest metric, List<String> columns, int maxExamples) {
        int[] indexes = columns.stream().mapToInt(table::columnIndex).toArray();
        RowMetrics.RowAccumulator accumulator = RowMetrics.accumulator(metric, indexes, maxExamples);
        TableRow row = new TableRow(table);
        for (int i = 0; i < table.rowCount(); i++) {
            row.at(i);
            accumulator.accept(row);
        }
        return publicView(accumulator.result());
    }

    private static Violations publicView(ViolationCount found) {
        return new Violations(found.checked(), found.violations(), found.examples().stream()
                .map(example -> new Violations.Violation(example.row(), example.shown())).toList());
    }

    private static void requireNumeric(Column<?> column) {
        ValueKind kind = kindOf(column);
        if (kind != ValueKind.INTEGER && kind != ValueKind.DECIMAL) {
            throw new IllegalArgumentException("column '" + column.name() + "' is " + kind.description()
                    + ", not numeric");
        }
    }
}
