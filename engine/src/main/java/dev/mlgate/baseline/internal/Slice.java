package dev.mlgate.baseline.internal;

/**
 * The joined rows sharing one value of one slice column of the candidate file.
 *
 * @param column the slice column
 * @param value the value, or {@link #NULL_VALUE} for missing values
 * @param rows the 0-based joined row indexes, ascending
 */
record Slice(String column, String value, int[] rows) {

    /** How a missing slice value is named; missing values form a slice of their own. */
    static final String NULL_VALUE = "(missing)";

    /** The stable unique-id segment value, {@code column=value}. */
    String key() {
        return column + "=" + value;
    }
}
