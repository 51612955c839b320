package dev.mlgate.contract.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;

/**
 * The scan's current row with each field's text made at most once: column metrics, row metrics and a
 * table for custom rules may all read the same field, and making its String is a large share of a scan.
 */
final class CachedRow implements Row {

    private final String[] raws;
    private final long[] loadedAt;
    private Row row;
    private long generation;

    CachedRow(int width) {
        raws = new String[width];
        loadedAt = new long[width];
    }

    /** Moves to the next row; every cached field is forgotten. */
    CachedRow at(Row next) {
        row = next;
        generation++;
        return this;
    }

    @Override
    public String raw(int column) {
        if (loadedAt[column] != generation) {
            raws[column] = row.raw(column);
            loadedAt[column] = generation;
        }
        return raws[column];
    }

    @Override
    public int size() {
        return row.size();
    }

    @Override
    public boolean isNull(int column) {
        return raw(column) == null;
    }

    @Override
    public long rowNumber() {
        return row.rowNumber();
    }

    @Override
    public long lineNumber() {
        return row.lineNumber();
    }

    @Override
    public String partFile() {
        return row.partFile();
    }

    @Override
    public long rowInPart() {
        return row.rowInPart();
    }

    @Override
    public String columnName(int column) {
        return row.columnName(column);
    }

    @Override
    public ArtifactException error(int column, String reason) {
        return row.error(column, reason);
    }
}
