package dev.mlgate.data.internal;

/**
 * A row whose fields can be read in place, as ranges of a character buffer: the contract scan copies and
 * parses them without making a {@code String} per field. Implemented by the CSV row.
 */
public interface CharRow {

    /** The buffer holding the current row's fields; valid until the scan moves to the next row. */
    char[] chars();

    /** Where the field at {@code column} starts in {@link #chars()}. */
    int start(int column);

    /** The length of the field at {@code column}, or -1 when it is a null token. */
    int length(int column);
}
