package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactFormat;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.FileKind;
import dev.mlgate.data.RowSource;
import java.nio.file.Path;

/** Chooses and opens the reader for a file's kind; the implementation behind {@code Artifacts}. */
public final class Sources {

    private Sources() {
    }

    /**
     * Opens {@code file} with the first {@link dev.mlgate.spi.FormatProvider} that reads it, else as its
     * {@link FileKind} says, reading its header.
     */
    public static RowSource open(Path file, ArtifactFormat format, ArtifactObserver observer) {
        byte[] head = FormatProviders.head(file);
        var provider = FormatProviders.find(file, head);
        if (provider.isPresent()) {
            return provider.get().open(file, format, observer);
        }
        FormatProviders.refuseParquet(file, head);
        return switch (FileKind.of(file)) {
            case CSV -> new CsvSource(file, format, format.delimiter(), observer);
            case TSV -> new CsvSource(file, format, '\t', observer);
            case JSON_LINES -> new JsonLinesSource(file, format.charset(), observer);
        };
    }
}
