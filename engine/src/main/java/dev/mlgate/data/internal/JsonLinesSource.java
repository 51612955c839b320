package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.RowVisitor;
import dev.mlgate.data.ScanSummary;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON Lines artifact: one flat JSON object per line. The keys of the first object are the columns; a
 * later object may leave a key out (a missing value) but may not add one.
 */
final class JsonLinesSource implements RowSource {

    private final Path file;
    private final Charset charset;
    private final ArtifactObserver observer;
    private final List<String> header;

    JsonLinesSource(Path file, Charset charset, ArtifactObserver observer) {
        this.file = file;
        this.charset = charset;
        this.observer = observer;
        try (JsonLinesReader objects = new JsonLinesReader(file, ArtifactInput.open(file, charset))) {
            if (!objects.next()) {
                throw ArtifactException.of(file, "the file is empty: there is no JSON object to take the columns"
                        + " from");
            }
            List<String> keys = new ArrayList<>();
            objects.entries((key, value) -> keys.add(key));
            if (keys.isEmpty()) {
                throw objects.error(null, "the first object has no keys, so there are no columns");
            }
            this.header = Headers.validate(file, objects.line(), keys.toArray(String[]::new));
        }
        observer.onOpen(file);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public ScanSummary scan(RowVisitor visitor) {
        observer.onScan(file);
        DigestingInput[] digest = new DigestingInput[1];
        try (JsonLinesReader objects = new JsonLinesReader(file, ArtifactInput.open(file, charset, digest))) {
            ColumnIndex columns = new ColumnIndex(header);
            long[] seen = new long[header.size()];
            JsonRow row = new JsonRow(file, header);
            List<String> firstKeys = new ArrayList<>();
            while (objects.next()) {
                row.clear();
                row.rowNumber++;
                row.lineNumber = objects.line();
                objects.entries((key, value) -> {
                    int column = columns.indexOf(key);
                    if (column < 0) {
                        throw objects.error(key, "this key is not in the first object, whose keys are the"
                                + " columns: " + columns);
                    }
                    if (seen[column] == row.rowNumber) {
                        throw objects.error(key, "the object has this key twice");
                    }
                    seen[column] = row.rowNumber;
                    row.values[column] = value;
                    if (row.rowNumber == 1) {
                        firstKeys.add(key);
                    }
                });
                if (row.rowNumber == 1 && !firstKeys.equals(header)) {
                    throw ArtifactException.atLine(file, row.lineNumber, "the first object's keys changed since"
                            + " the file was opened");
                }
                visitor.visit(row);
            }
            return ArtifactInput.summary(file, row.rowNumber, digest[0]);
        }
    }

    @Override
    public String toString() {
        return "JsonLinesSource[" + file + ", columns " + Arrays.toString(header.toArray()) + "]";
    }
}
