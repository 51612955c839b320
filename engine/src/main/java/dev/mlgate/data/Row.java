package dev.mlgate.data;

import dev.mlgate.data.internal.ValueParsers;

/**
 * A view of the data row a {@link RowSource} is currently visiting.
 *
 * <p>The same instance is reused for every row of a scan, so a visitor must copy what it keeps: a
 * {@code Row} is only valid inside the {@link RowVisitor#visit(Row)} call that received it. Columns are
 * addressed by their index in {@link RowSource#header()}; look an index up once with
 * {@link RowSource#columnIndex(String)} and reuse it for every row.
 */
public interface Row {

    /** The number of fields, always the size of the header. */
    int size();

    /**
     * The text of a field, or {@code null} when it is missing (a null token, JSON {@code null}, an absent
     * JSON key). Each call may create a new string: call it once per value.
     */
    String raw(int column);

    /** Whether the field is missing; cheaper than {@code raw(column) == null}. */
    boolean isNull(int column);

    /** The 1-based data row; the header is not a row. */
    long rowNumber();

    /** The 1-based physical line this row starts on (a quoted field may span several lines). */
    long lineNumber();

    /**
     * The file this row is in when the dataset is several files (a directory of Parquet part files), as
     * its name within the dataset; {@code null} for a dataset of one file. With {@link #rowInPart()} it
     * says where a failure example can be found with any tool that opens that one file.
     */
    default String partFile() {
        return null;
    }

    /** The 1-based row within {@link #partFile()}; for a dataset of one file, {@link #rowNumber()}. */
    default long rowInPart() {
        return rowNumber();
    }

    /** The name of a column, from the header. */
    String columnName(int column);

    /**
     * An exception about one value of this row, naming the file, line, row and column.
     *
     * @param column the column index
     * @param reason what is wrong, e.g. {@code "score 1.7 is above 1"}
     */
    ArtifactException error(int column, String reason);

    /**
     * The field as a {@code long}.
     *
     * @throws ArtifactException if it is missing or not an integer (see {@link ValueKind#INTEGER})
     */
    default long asLong(int column) {
        try {
            return ValueParsers.parseInteger(required(column, ValueKind.INTEGER));
        } catch (IllegalArgumentException e) {
            throw error(column, e.getMessage());
        }
    }

    /**
     * The field as a {@code double}; NaN and infinities are accepted (see {@link ValueKind#DECIMAL}).
     *
     * @throws ArtifactException if it is missing or not a decimal number
     */
    default double asDouble(int column) {
        try {
            return ValueParsers.parseDecimal(required(column, ValueKind.DECIMAL));
        } catch (IllegalArgumentException e) {
            throw error(column, e.getMessage());
        }
    }

    /**
     * The field as a {@code boolean} (see {@link ValueKind#BOOLEAN}).
     *
     * @throws ArtifactException if it is missing or not a boolean
     */
    default boolean asBoolean(int column) {
        try {
            return ValueParsers.parseBoolean(required(column, ValueKind.BOOLEAN));
        } catch (IllegalArgumentException e) {
            throw error(column, e.getMessage());
        }
    }

    /**
     * The field parsed as {@code kind}, or {@code null} when it is missing.
     *
     * @throws ArtifactException if it cannot be read as {@code kind}
     */
    default Object value(int column, ValueKind kind) {
        String raw = raw(column);
        if (raw == null) {
            return null;
        }
        try {
            return kind.parse(raw);
        } catch (IllegalArgumentException e) {
            throw error(column, e.getMessage());
        }
    }

    private String required(int column, ValueKind kind) {
        String raw = raw(column);
        if (raw == null) {
            throw error(column, "missing value where " + kind.description() + " is required");
        }
        return raw;
    }
}
