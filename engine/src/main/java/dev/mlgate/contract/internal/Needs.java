package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RowRequest;
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

    private final Map<String, Set<MetricRequest>> columnMetrics = new HashMap<>();
    private final Set<RowRequest> rowMetrics = new HashSet<>();
    private final Set<String> driftColumns = new HashSet<>();
    private final Set<RowPredicate> rowRules = new HashSet<>();
    private boolean table;
    /** The table's columns in order of first mention; empty with {@link #table} set means every column. */
    private final Set<String> tableColumns = new LinkedHashSet<>();
    private boolean allTableColumns;
    /** The custom rules that read the table, as {@code Class#method}. */
    private final Set<String> tableRules = new LinkedHashSet<>();

    static Needs column(String column, MetricRequest metric) {
        return new Needs().add(column, metric);
    }

    static Needs row(RowRequest metric) {
        Needs needs = new Needs();
        needs.rowMetrics.add(metric);
        return needs;
    }

    static Needs rule(RowPredicate rule) {
        Needs needs = new Needs();
        needs.rowRules.add(rule);
        return needs;
    }

    /**
     * A table of {@code columns}, or of every column of the file when {@code columns} is empty, for the
     * custom rule {@code rule} ({@code Class#method}).
     */
    static Needs table(List<String> columns, String rule) {
        Needs needs = new Needs();
        needs.tableRules.add(rule);
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

    Needs add(String column, MetricRequest metric) {
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
        tableRules.addAll(other.tableRules);
    }

    Map<String, Set<MetricRequest>> columnMetrics() {
        return columnMetrics;
    }

    Set<RowRequest> rowMetrics() {
        return rowMetrics;
    }

    Set<String> driftColumns() {
        return driftColumns;
    }

    Set<RowPredicate> rowRules() {
        return rowRules;
    }

    boolean needsTable() {
        return table;
    }

    /** The columns the table holds, in order; empty means every column of the file. */
    List<String> tableColumns() {
        return allTableColumns ? List.of() : List.copyOf(tableColumns);
    }

    /** The custom rules that read the table, as {@code Class#method}. */
    List<String> tableRules() {
        return List.copyOf(tableRules);
    }
}
