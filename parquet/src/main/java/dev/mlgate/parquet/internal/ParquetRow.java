package dev.mlgate.parquet.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.io.ParquetDecodingException;

/**
 * The row a Parquet scan is on. Its number is the row in the whole dataset; an error names the part file
 * and the row within it, so a value can be found with any Parquet tool. A Parquet file has no lines:
 * {@link #lineNumber()} is 0 (unknown), as for in-memory data.
 */
final class ParquetRow implements Row {

    private final List<String> header;
    private final ColumnCursor[] cursors;
    private final boolean directory;
    private RowGroupChunks group;
    private Part part;
    private long groupStartInPart;
    private long groupStartInDataset;
    private long row;

    ParquetRow(List<String> header, boolean directory) {
        this.header = header;
        this.directory = directory;
        this.cursors = new ColumnCursor[header.size()];
    }

    /** Starts a row group of {@code part}, whose first row is the given 0-based row of the part and dataset. */
    void startGroup(Part part, RowGroupChunks group, long startInPart, long startInDataset) {
        this.part = part;
        this.group = group;
        this.groupStartInPart = startInPart;
        this.groupStartInDataset = startInDataset;
        Arrays.fill(cursors, null);
    }

    /** Moves to the 0-based row {@code row} of the current row group. */
    void at(long rowInGroup) {
        row = rowInGroup;
    }

    @Override
    public int size() {
        return cursors.length;
    }

    @Override
    public String raw(int column) {
        ColumnCursor cursor = cursor(column);
        try {
            return cursor.text();
        } catch (RuntimeException e) {
            throw decoding(column, e);
        }
    }

    @Override
    public boolean isNull(int column) {
        return cursor(column).isNull();
    }

    @Override
    public double asDouble(int column) {
        ColumnCursor cursor = cursor(column);
        if (cursor.isNull()) {
            return Row.super.asDouble(column); // the engine's own message for a missing value
        }
        return switch (cursor.shape()) {
            case DOUBLE -> cursor.doubleValue();
            case INT32, INT64 -> cursor.longValue(); // correctly rounded, as parsing its digits would be
            default -> Row.super.asDouble(column);
        };
    }

    @Override
    public long asLong(int column) {
        ColumnCursor cursor = cursor(column);
        return !cursor.isNull() && (cursor.shape() == Shape.INT32 || cursor.shape() == Shape.INT64)
                ? cursor.longValue() : Row.super.asLong(column);
    }

    @Override
    public boolean asBoolean(int column) {
        ColumnCursor cursor = cursor(column);
        return !cursor.isNull() && cursor.shape() == Shape.BOOLEAN ? cursor.booleanValue()
                : Row.super.asBoolean(column);
    }

    @Override
    public long rowNumber() {
        return groupStartInDataset + row + 1;
    }

    @Override
    public long lineNumber() {
        return 0;
    }

    @Override
    public String partFile() {
        return directory ? part.path().getFileName().toString() : null;
    }

    @Override
    public long rowInPart() {
        return groupStartInPart + row + 1;
    }

    @Override
    public String columnName(int column) {
        return header.get(column);
    }

    @Override
    public ArtifactException error(int column, String reason) {
        return new ArtifactException(part.path(), null, rowInPart(), columnName(column), reason, null);
    }

    private ColumnCursor cursor(int column) {
        try {
            ColumnCursor cursor = cursors[column];
            if (cursor == null) {
                cursor = group.open(column);
                cursors[column] = cursor;
            }
            cursor.moveTo(row);
            return cursor;
        } catch (IOException | RuntimeException e) {
            throw decoding(column, e);
        }
    }

    private ArtifactException decoding(int column, Exception e) {
        if (e instanceof ArtifactException artifact) {
            return artifact;
        }
        Throwable cause = e instanceof UncheckedIOException || e instanceof ParquetDecodingException
                && e.getCause() != null ? e.getCause() : e;
        return new ArtifactException(part.path(), null, rowInPart(), columnName(column),
                "cannot be decoded: " + Channels.describe(cause), e);
    }
}
