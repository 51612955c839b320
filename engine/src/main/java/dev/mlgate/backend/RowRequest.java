package dev.mlgate.backend;

import dev.mlgate.contract.ColumnPair;
import java.util.ArrayList;
import java.util.List;

/**
 * A quantity of whole rows that table constraints ask for, computed alongside the column metrics; each
 * returns a {@link ViolationCount} of rows, its examples the fields of {@link #columns()} joined with
 * {@code ", "} ({@code null} for a missing one) in row order.
 */
public sealed interface RowRequest {

    /** The columns the request reads; every column of the dataset when empty. */
    List<String> columns();

    /**
     * Rows whose key (the fields of {@code columns}) occurs on more than one row, every such row counted
     * (Great Expectations' {@code expect_compound_columns_to_be_unique}); rows with a null key part are
     * left out. Details: {@code distinct}, {@code unique}, {@code distinct ratio}, {@code uniqueness}.
     */
    record RepeatedKeys(List<String> columns) implements RowRequest {

        public RepeatedKeys {
            columns = List.copyOf(columns);
        }
    }

    /** Rows equal in every field to an earlier row, nulls equal to nulls; every row checked. */
    record DuplicateRows() implements RowRequest {
        @Override
        public List<String> columns() {
            return List.of();
        }
    }

    /**
     * Rows where {@code left op right} fails: numbers within {@code tolerance} are equal; dates and times
     * compare in time. Rows with a null or unreadable value in either column are not checked.
     */
    record ColumnPairRows(ColumnDescription left, ColumnPair.Op op, ColumnDescription right, double tolerance)
            implements RowRequest {
        @Override
        public List<String> columns() {
            return List.of(left.name(), right.name());
        }
    }

    /**
     * Rows where the sum of {@code parts} (added left to right as doubles) differs from the {@code total}
     * column, or from {@code value} when {@code total} is null, by more than {@code tolerance}. Rows with
     * a null or unreadable value in any of the columns are not checked.
     */
    record ColumnsSum(List<ColumnDescription> parts, ColumnDescription total, double value, double tolerance)
            implements RowRequest {

        public ColumnsSum {
            parts = List.copyOf(parts);
        }

        /** The parts, then the total column if any. */
        @Override
        public List<String> columns() {
            List<String> names = new ArrayList<>(parts.stream().map(ColumnDescription::name).toList());
            if (total != null) {
                names.add(total.name());
            }
            return List.copyOf(names);
        }
    }
}
