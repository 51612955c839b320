package dev.mlgate.contract;

import dev.mlgate.contract.internal.InMemoryColumns;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A data contract's constraints, applied to in-memory Tablesaw columns and tables with the same code,
 * null rules and statistics definitions as the contract's single pass: for custom rules and for the
 * mlgate-assertions module. Nulls are ignored by value checks; NaN violates range checks and is left
 * out of statistics; row numbers are 1-based positions.
 */
public final class ColumnChecks {

    private ColumnChecks() {
    }

    /** Missing values among all cells. */
    public static Violations nulls(Column<?> column, int maxExamples) {
        return InMemoryColumns.nulls(column, maxExamples);
    }

    /**
     * Non-null values that occur more than once, every occurrence counted (pandas'
     * {@code duplicated(keep=False)}: NaN equal to NaN, 0.0 equal to -0.0).
     */
    public static Violations repeats(Column<?> column, int maxExamples) {
        return InMemoryColumns.repeats(column, maxExamples);
    }

    /** Non-null values outside {@code [min, max]}, bounds exclusive where marked; the column must be numeric. */
    public static Violations outOfRange(Column<?> column, double min, double max, boolean minExclusive,
            boolean maxExclusive, int maxExamples) {
        return InMemoryColumns.outOfRange(column, min, max, minExclusive, maxExclusive, maxExamples);
    }

    /** Non-null values, as written, not in {@code allowed}. */
    public static Violations notIn(Column<?> column, Set<String> allowed, int maxExamples) {
        return InMemoryColumns.notIn(column, allowed, maxExamples);
    }

    /** Non-null values in which the regular expression finds no match ({@link java.util.regex.Matcher#find()}). */
    public static Violations mismatches(Column<?> column, String regex, int maxExamples) {
        return InMemoryColumns.mismatches(column, regex, maxExamples);
    }

    /** Non-null values whose length in code points lies outside {@code [min, max]}. */
    public static Violations lengthOutOfRange(Column<?> column, int min, int max, int maxExamples) {
        return InMemoryColumns.lengthOutOfRange(column, min, max, maxExamples);
    }

    /** The mean of the non-null, non-NaN values, or NaN when there is none. */
    public static double mean(Column<?> column) {
        return InMemoryColumns.mean(column);
    }

    /** The standard deviation with divisor {@code n - ddof} (1: sample, pandas; 0: population, numpy), or NaN. */
    public static double standardDeviation(Column<?> column, int ddof) {
        return InMemoryColumns.standardDeviation(column, ddof);
    }

    /** The {@code q}-quantile with numpy's default linear interpolation, or NaN when there is no value. */
    public static double quantile(Column<?> column, double q) {
        return InMemoryColumns.quantile(column, q);
    }

    /** Rows equal in every field to an earlier row, nulls equal to nulls. */
    public static Violations duplicateRows(Table table, int maxExamples) {
        return InMemoryColumns.duplicateRows(table, maxExamples);
    }

    /** Rows whose values in {@code columns} occur on more than one row; rows with a null key part are left out. */
    public static Violations repeatedKeys(Table table, List<String> columns, int maxExamples) {
        return InMemoryColumns.repeatedKeys(table, columns, maxExamples);
    }

    /**
     * Compares {@code current} with {@code reference} by {@code method} (AUTO chooses as a contract does)
     * at {@code threshold} (NaN: the method's default).
     */
    public static DriftComparison drift(Column<?> reference, Column<?> current, DriftMethod method, double threshold) {
        return InMemoryColumns.drift(reference, current, method, threshold);
    }
}
