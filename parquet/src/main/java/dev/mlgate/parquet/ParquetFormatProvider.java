package dev.mlgate.parquet;

import dev.mlgate.data.ArtifactFormat;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.RowSource;
import dev.mlgate.parquet.internal.ParquetSource;
import dev.mlgate.spi.FormatProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads Parquet for every kind of suite: a {@code .parquet} file, any file starting with the magic bytes
 * {@code PAR1}, or a directory of part files (as Spark writes a table) read as one dataset.
 *
 * <p>Found by the engine through {@link java.util.ServiceLoader}: adding {@code dev.mlgate:mlgate-parquet}
 * as a test dependency is all it takes. Flat schemas only; only the columns a suite reads are decoded.
 */
public final class ParquetFormatProvider implements FormatProvider {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    /** Called by the service loader. */
    public ParquetFormatProvider() {
    }

    @Override
    public String name() {
        return "Parquet";
    }

    @Override
    public boolean reads(Path file, byte[] firstBytes) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            return name.endsWith(".parquet") || isDataset(file);
        }
        return name.endsWith(".parquet") || firstBytes.length >= MAGIC.length
                && Arrays.equals(firstBytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public RowSource open(Path file, ArtifactFormat format, ArtifactObserver observer) {
        return ParquetSource.open(file, observer);
    }

    /** A directory of part files (or a Spark output's {@code _SUCCESS}), or an empty one, so the error says so. */
    private static boolean isDataset(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = entries.map(entry -> entry.getFileName().toString().toLowerCase(Locale.ROOT)).toList();
            return names.stream().anyMatch(entry -> entry.endsWith(".parquet") || entry.equals("_success"))
                    || names.stream().allMatch(entry -> entry.startsWith("."));
        } catch (IOException e) {
            return false;
        }
    }
}
