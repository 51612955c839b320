package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The reusable row view of a JSON Lines scan: one value per header key, {@code null} when missing. */
final class JsonRow implements Row {

    private final Path file;
    private final List<String> header;
    final String[] values;
    long rowNumber;
    long lineNumber;

    JsonRow(Path file, List<String> header) {
        this.file = file;
        this.header = header;
        this.values = new String[header.size()];
    }

    void clear() {
        Arrays.fill(values, null);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public String raw(int column) {
        return values[column];
    }

    @Override
    public boolean isNull(int column) {
        return values[column] == null;
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public String columnName(int column) {
        return header.get(column);
    }

    @Override
    public ArtifactException error(int column, String reason) {
        return ArtifactException.atValue(file, lineNumber, rowNumber, header.get(column), reason);
    }
}
