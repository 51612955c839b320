package dev.mlgate.contract.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What contract checks need from the single pass: metrics per column, row metrics, row rules, a table of the
 * columns custom rules read (custom rules only) and samples of columns to compare with the reference (drift). Needs of the
 * selected checks are merged, so equal requests are computed once.
 */
final class Needs {

    private final Map<String, Set<ColumnMetric>> columnMetrics = new HashMap<>();
    private final Set<RowMetric> rowMetrics = new HashSet<>();
    private final Set<String> driftColumns = new HashSet<>();
    private final Set<RowRuleMetric> rowRules = new HashSet<>();
    private boolean table;
    /** The table's columns in order of first mention; empty with {@link #table} set means every column. */
    private final Set<String> tableColumns = new LinkedHashSet<>();
    private boolean allTableColumns;

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

    /** A table of {@code columns}, or of every column of the file when {@code columns} is empty. */
    static Needs table(List<String> columns) {
        Needs needs = new Needs();
        needs.table = true;
        needs.allTableColumns = columns.isEmpty();
        needs.tableColumns.addAll(columns);
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
        allTableColumns |= other.allTableColumns;
        tableColumns.addAll(other.tableColumns);
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

    /** The columns the table holds, in order; empty means every column of the file. */
    List<String> tableColumns() {
        return allTableColumns ? List.of() : List.copyOf(tableColumns);
    }
}
