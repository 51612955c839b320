package dev.mlgate.contract.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What contract checks need from the single pass: metrics per column, row metrics, row rules, the whole table
 * (custom rules only) and samples of columns to compare with the reference (drift). Needs of the
 * selected checks are merged, so equal requests are computed once.
 */
final class Needs {

    private final Map<String, Set<ColumnMetric>> columnMetrics = new HashMap<>();
    private final Set<RowMetric> rowMetrics = new HashSet<>();
    private final Set<String> driftColumns = new HashSet<>();
    private final Set<RowRuleMetric> rowRules = new HashSet<>();
    private boolean table;

    static Needs column(String column, ColumnMetric metric) {
        return new Needs().add(column, metric);
    }

    static Needs row(RowMetric metric) {
        Needs needs = new Needs();
        needs.rowMetrics.add(metric);
        return needs;
    }

    static Needs rule(RowRuleMetric rule) {
        Needs needs = new Needs();
        needs.rowRules.add(rule);
        return needs;
    }

    static Needs table() {
        Needs needs = new Needs();
        needs.table = true;
        return needs;
    }

    static Needs drift(Set<String> columns) {
        Needs needs = new Needs();
        needs.driftColumns.addAll(columns);
        return needs;
    }

    static Needs none() {
        return new Needs();
    }

    Needs add(String column, ColumnMetric metric) {
        columnMetrics.computeIfAbsent(column, c -> new HashSet<>()).add(metric);
        return this;
    }

    /** Adds everything {@code other} needs to this. */
    void merge(Needs other) {
        other.columnMetrics.forEach((column, metrics) -> metrics.forEach(metric -> add(column, metric)));
        rowMetrics.addAll(other.rowMetrics);
        driftColumns.addAll(other.driftColumns);
        rowRules.addAll(other.rowRules);
        table |= other.table;
    }

    Map<String, Set<ColumnMetric>> columnMetrics() {
        return columnMetrics;
    }

    Set<RowMetric> rowMetrics() {
        return rowMetrics;
    }

    Set<String> driftColumns() {
        return driftColumns;
    }

    Set<RowRuleMetric> rowRules() {
        return rowRules;
    }

    boolean needsTable() {
        return table;
    }
}
