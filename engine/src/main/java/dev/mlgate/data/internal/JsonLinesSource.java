package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.RowVisitor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON Lines artifact: one flat JSON object per line, blank lines skipped. The keys of the first object
 * are the columns; a later object may leave a key out (a missing value) but may not add one.
 */
final class JsonLinesSource implements RowSource {

    private final Path file;
    private final Charset charset;
    private final ArtifactObserver observer;
    private final JsonObjectReader objects;
    private final List<String> header;

    JsonLinesSource(Path file, Charset charset, ArtifactObserver observer) {
        this.file = file;
        this.charset = charset;
        this.observer = observer;
        this.objects = new JsonObjectReader(file);
        StrictReader reader = ArtifactInput.open(file, charset);
        try {
            this.header = readHeader(new LineSplitter(reader));
        } finally {
            ArtifactInput.closeQuietly(reader);
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
    public void scan(RowVisitor visitor) {
        observer.onScan(file);
        StrictReader reader = ArtifactInput.open(file, charset);
        try {
            LineSplitter lines = new LineSplitter(reader);
            ColumnIndex columns = new ColumnIndex(header);
            long[] seen = new long[header.size()];
            JsonRow row = new JsonRow(file, header);
            while (nextObjectLine(lines, row.rowNumber + 1)) {
                row.rowNumber++;
                row.lineNumber = lines.line();
                if (row.rowNumber == 1 && !readKeys(lines).equals(header)) {
                    throw ArtifactException.atLine(file, lines.line(), "the first object's keys changed since the"
                            + " file was opened");
                }
                objects.values(lines.buffer(), lines.start(), lines.end(), row, columns, seen);
                visitor.visit(row);
            }
        } finally {
            ArtifactInput.closeQuietly(reader);
        }
    }

    private List<String> readHeader(LineSplitter lines) {
        if (!nextObjectLine(lines, 1)) {
            throw ArtifactException.of(file, "the file is empty: there is no JSON object to take the columns from");
        }
        List<String> keys = readKeys(lines);
        if (keys.isEmpty()) {
            throw ArtifactException.atLine(file, lines.line(), "the first object has no keys, so there are no"
                    + " columns");
        }
        return keys;
    }

    private List<String> readKeys(LineSplitter lines) {
        String[] keys = objects.keys(lines.buffer(), lines.start(), lines.end(), lines.line());
        return Headers.validate(file, lines.line(), keys);
    }

    /** Moves to the next non-blank line; {@code false} at the end of the file. */
    private boolean nextObjectLine(LineSplitter lines, long row) {
        try {
            while (lines.next()) {
                if (!lines.blank()) {
                    return true;
                }
            }
            return false;
        } catch (CharWindow.RecordTooLongException e) {
            throw new ArtifactException(file, lines.line(), row, null, "the line is longer than "
                    + CharWindow.MAX_CHARS + " characters", e);
        } catch (IOException e) {
            throw new ArtifactException(file, lines.line(), row, null, ArtifactInput.reason(e), e);
        }
    }

    @Override
    public String toString() {
        return "JsonLinesSource[" + file + ", columns " + Arrays.toString(header.toArray()) + "]";
    }
}
