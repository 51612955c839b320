package dev.mlgate.assertions.internal;

import static dev.mlgate.assertions.error.ShouldHaveColumns.shouldHaveColumns;
import static dev.mlgate.assertions.error.ShouldHaveColumns.shouldHaveExactlyColumns;
import static dev.mlgate.assertions.error.ShouldHaveNoViolations.shouldHaveNoViolations;
import static dev.mlgate.assertions.error.ShouldHaveRowCount.shouldHaveRowCount;
import static dev.mlgate.assertions.error.ShouldHaveRowCount.shouldHaveRowCountBetween;

import dev.mlgate.contract.ColumnChecks;
import dev.mlgate.contract.Violations;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AssertionInfo;
import tech.tablesaw.api.Table;

/**
 * The checks behind {@link dev.mlgate.assertions.TableAssert}, on the engine's {@link ColumnChecks}. Not for users.
 */
public final class TableAssertions {

    private TableAssertions() {
    }

    public static void hasRowCount(AssertionInfo info, Table table, int expected) {
        if (table.rowCount() != expected) {
            throw Fail.with(info, shouldHaveRowCount(Describe.table(table), table.rowCount(), expected),
                    table.rowCount(), expected);
        }
    }

    public static void hasRowCountBetween(AssertionInfo info, Table table, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        if (table.rowCount() < min || table.rowCount() > max) {
            throw Fail.with(info, shouldHaveRowCountBetween(Describe.table(table), table.rowCount(), min, max));
        }
    }

    public static void hasColumns(AssertionInfo info, Table table, List<String> expected) {
        AssertionError missing = missingColumns(info, table, expected);
        if (missing != null) {
            throw missing;
        }
    }

    /** The failure for columns {@code table} lacks, or null when it has them all. */
    public static AssertionError missingColumns(AssertionInfo info, Table table, List<String> expected) {
        List<String> notFound = expected.stream().filter(name -> !table.containsColumn(name)).toList();
        return notFound.isEmpty() ? null
                : Fail.with(info, shouldHaveColumns(Describe.table(table), expected, notFound, table.columnNames()));
    }

    public static void hasExactlyColumns(AssertionInfo info, Table table, List<String> expected) {
        List<String> actual = table.columnNames();
        if (actual.equals(expected)) {
            return;
        }
        List<String> notFound = expected.stream().filter(name -> !actual.contains(name)).toList();
        List<String> unexpected = actual.stream().filter(name -> !expected.contains(name)).toList();
        throw Fail.with(info, shouldHaveExactlyColumns(Describe.table(table), expected, actual, notFound, unexpected),
                String.join(", ", actual), String.join(", ", expected));
    }

    public static void hasNoDuplicateRows(AssertionInfo info, Table table, int maxExamples) {
        Violations found = ColumnChecks.duplicateRows(table, maxExamples);
        if (found.violations() > 0) {
            throw Fail.with(info, shouldHaveNoViolations(Describe.table(table), "no duplicate rows", 1.0, 0, found,
                    "rows", "repeated an earlier row", false));
        }
    }

    public static void hasUniqueValuesAcross(AssertionInfo info, Table table, List<String> columns, int maxExamples) {
        hasColumns(info, table, columns);
        Violations found = ColumnChecks.repeatedKeys(table, columns, maxExamples);
        if (found.violations() > 0) {
            String shown = columns.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", ", "[", "]"));
            throw Fail.with(info, shouldHaveNoViolations(Describe.table(table), "unique values across " + shown, 1.0,
                    0, found, "rows with no missing value in those columns", "held values that occur together more than once", false));
        }
    }
}
