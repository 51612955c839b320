package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.ArtifactFormat;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.RowVisitor;
import dev.mlgate.data.ScanSummary;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A delimited-text artifact; each scan opens the file anew and reads it once. */
final class CsvSource implements RowSource {

    private final Path file;
    private final ArtifactFormat format;
    private final char delimiter;
    private final ArtifactObserver observer;
    private final NullTokens nullTokens;
    private final List<String> header;

    CsvSource(Path file, ArtifactFormat format, char delimiter, ArtifactObserver observer) {
        this.file = file;
        this.format = format;
        this.delimiter = delimiter;
        this.observer = observer;
        this.nullTokens = new NullTokens(format.nullTokens());
        StrictReader reader = ArtifactInput.open(file, format.charset());
        try {
            this.header = readHeader(new CsvTokenizer(file, reader, delimiter, format.quote(),
                    format.maxRecordChars()));
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
    public ScanSummary scan(RowVisitor visitor) {
        observer.onScan(file);
        DigestingInput[] digest = new DigestingInput[1];
        StrictReader reader = ArtifactInput.open(file, format.charset(), digest);
        try {
            CsvTokenizer tokenizer = new CsvTokenizer(file, reader, delimiter, format.quote(), format.maxRecordChars());
            if (!readHeader(tokenizer).equals(header)) {
                throw ArtifactException.atLine(file, tokenizer.recordLine(),
                        "the header changed since the file was opened");
            }
            tokenizer.header(header);
            CsvRow row = new CsvRow(file, header, tokenizer, nullTokens);
            int width = header.size();
            while (tokenizer.next()) {
                if (tokenizer.count() != width) {
                    throw new ArtifactException(file, tokenizer.recordLine(), tokenizer.records() - 1, null,
                            "expected " + width + " fields as in the header, found " + tokenizer.count(), null);
                }
                visitor.visit(row);
            }
            return ArtifactInput.summary(file, tokenizer.records() - 1, digest[0]);
        } finally {
            ArtifactInput.closeQuietly(reader);
        }
    }

    private List<String> readHeader(CsvTokenizer tokenizer) {
        if (!tokenizer.next()) {
            throw ArtifactException.of(file, "the file is empty: there is no header line");
        }
        return Headers.validate(file, tokenizer.recordLine(), tokenizer.fields());
    }

    @Override
    public String toString() {
        return "CsvSource[" + file + ", delimiter " + Texts.quote(String.valueOf(delimiter)) + ", columns "
                + Arrays.toString(header.toArray()) + "]";
    }
}
