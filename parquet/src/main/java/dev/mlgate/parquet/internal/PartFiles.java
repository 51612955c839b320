package dev.mlgate.parquet.internal;

import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of a Parquet dataset: the file itself, or the part files of a directory as Spark, pandas or
 * DuckDB write it, sorted by name. Hidden files, files starting with {@code _} ({@code _SUCCESS},
 * {@code _metadata}) and {@code .crc} checksums are ignored; anything else that is not a {@code .parquet}
 * file, such as a partition subdirectory, is an error naming it.
 */
final class PartFiles {

    private PartFiles() {
    }

    static List<Path> of(Path dataset) {
        if (!Files.isDirectory(dataset)) {
            return List.of(dataset);
        }
        List<Path> parts = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dataset)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (ignored(name)) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    throw ArtifactException.of(dataset, "holds the subdirectory '" + name + "'; mlgate reads one"
                            + " directory of Parquet part files, not a partitioned tree: name one partition's directory");
                }
                if (!isParquetName(name)) {
                    throw ArtifactException.of(dataset, "holds '" + name + "', which is not a Parquet part file"
                            + " (*.parquet)");
                }
                parts.add(entry);
            }
        } catch (IOException e) {
            throw ArtifactException.of(dataset, "cannot be listed: " + Channels.describe(e));
        }
        if (parts.isEmpty()) {
            throw ArtifactException.of(dataset, "is a directory without Parquet part files (*.parquet)");
        }
        return parts;
    }

    static boolean isParquetName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** Whether a directory entry is bookkeeping, not data: hidden, {@code _SUCCESS}-like, or a checksum. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.toLowerCase(Locale.ROOT).endsWith(".crc");
    }
}
