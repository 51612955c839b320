package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import java.nio.file.Path;
import java.util.List;

/** The reusable row view of a CSV scan: a window onto the tokenizer's current record. */
final class CsvRow implements dev.mlgate.data.Row, CharRow {

    private final Path file;
    private final List<String> header;
    private final CsvTokenizer tokenizer;
    private final NullTokens nullTokens;

    CsvRow(Path file, List<String> header, CsvTokenizer tokenizer, NullTokens nullTokens) {
        this.file = file;
        this.header = header;
        this.tokenizer = tokenizer;
        this.nullTokens = nullTokens;
    }

    @Override
    public int size() {
        return tokenizer.count();
    }

    @Override
    public String raw(int column) {
        int start = tokenizer.start(column);
        int length = tokenizer.length(column);
        char[] buf = tokenizer.buffer();
        return nullTokens.matches(buf, start, length) ? null : new String(buf, start, length);
    }

    @Override
    public char[] chars() {
        return tokenizer.buffer();
    }

    @Override
    public int start(int column) {
        return tokenizer.start(column);
    }

    @Override
    public int length(int column) {
        int start = tokenizer.start(column);
        int length = tokenizer.length(column);
        return nullTokens.matches(tokenizer.buffer(), start, length) ? -1 : length;
    }

    @Override
    public boolean isNull(int column) {
        return nullTokens.matches(tokenizer.buffer(), tokenizer.start(column), tokenizer.length(column));
    }

    @Override
    public long rowNumber() {
        return tokenizer.records() - 1;
    }

    @Override
    public long lineNumber() {
        return tokenizer.recordLine();
    }

    @Override
    public String columnName(int column) {
        return header.get(column);
    }

    @Override
    public ArtifactException error(int column, String reason) {
        return ArtifactException.atValue(file, lineNumber(), rowNumber(), header.get(column), reason);
    }
}
