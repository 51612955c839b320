package dev.mlgate.data;

import java.util.Objects;

/**
 * One column that {@link Columns#read} should collect into a primitive array, and how strictly.
 *
 * <p>Prediction files are read column-wise: only the requested columns are kept, as {@code double[]},
 * {@code long[]} or {@code String[]}, so that ten million predictions take tens of megabytes per column.
 */
public sealed interface ColumnRequest permits ColumnRequest.Decimals, ColumnRequest.Integers, ColumnRequest.Texts {

    /** The column name, as in the header. */
    String column();

    /** Scores or other numbers as {@code double[]}; missing and non-finite values are errors. */
    static Decimals decimals(String column) {
        return new Decimals(column, false, false);
    }

    /** Integers, such as numeric ids, as {@code long[]}; missing values are errors. */
    static Integers integers(String column) {
        return new Integers(column);
    }

    /** Labels, slice values or ids as {@code String[]}; a missing value is {@code null}. */
    static Texts texts(String column) {
        return new Texts(column);
    }

    /**
     * A {@code double[]} column.
     *
     * @param column         the column name
     * @param allowNonFinite whether NaN and infinities are kept instead of reported with their row
     * @param allowMissing   whether a missing value is kept, as NaN, instead of reported with its row
     */
    record Decimals(String column, boolean allowNonFinite, boolean allowMissing) implements ColumnRequest {

        /** Requires a column name. */
        public Decimals {
            Objects.requireNonNull(column, "column");
        }

        /** A copy that keeps NaN and infinities. */
        public Decimals allowingNonFinite() {
            return new Decimals(column, true, allowMissing);
        }

        /** A copy that keeps missing values as NaN. */
        public Decimals allowingMissing() {
            return new Decimals(column, allowNonFinite, true);
        }
    }

    /**
     * A {@code long[]} column.
     *
     * @param column the column name
     */
    record Integers(String column) implements ColumnRequest {

        /** Requires a column name. */
        public Integers {
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * A {@code String[]} column; repeated values share one string, so a label column of ten million rows
     * costs little more than its references.
     *
     * @param column the column name
     */
    record Texts(String column) implements ColumnRequest {

        /** Requires a column name. */
        public Texts {
            Objects.requireNonNull(column, "column");
        }
    }
}
