package dev.mlgate.parquet.internal;

import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.parquet.VersionParser;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;

/**
 * One Parquet file of a dataset (the file itself, or one part file of a directory), with its footer read.
 *
 * @param path the file
 * @param columns its flat columns, in file order
 * @param rowGroups its row groups, in file order
 * @param writer the parsed {@code created_by} of the writer, or null (the decoders work around old writers' bugs)
 * @param rows the number of rows
 */
record Part(Path path, List<ParquetColumn> columns, List<RowGroup> rowGroups, VersionParser.ParsedVersion writer,
        long rows) {

    /** Reads the footer of {@code path}. */
    static Part read(Path path) {
        try (FileChannel channel = open(path)) {
            FileMetaData footer = Footer.read(path, channel);
            List<ParquetColumn> columns = FlatSchema.columns(path, footer.getSchema());
            List<RowGroup> groups = footer.getRow_groups();
            for (RowGroup group : groups) {
                if (group.getColumnsSize() != columns.size()) {
                    throw ArtifactException.of(path, "has a corrupt footer: a row group has " + group.getColumnsSize()
                            + " column chunks for " + columns.size() + " columns");
                }
            }
            return new Part(path, columns, List.copyOf(groups), writer(footer), footer.getNum_rows());
        } catch (IOException e) {
            throw ArtifactException.of(path, "cannot be read: " + Channels.describe(e));
        }
    }

    /** Opens {@code path} for reading, with the errors a user can act on. */
    static FileChannel open(Path path) throws IOException {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw ArtifactException.of(path, "is not a regular file; mlgate reads data only from regular files");
        }
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw ArtifactException.of(path, "no such file (looked for " + path.toAbsolutePath() + ")");
        } catch (AccessDeniedException e) {
            throw ArtifactException.of(path, "permission denied");
        }
    }

    private static VersionParser.ParsedVersion writer(FileMetaData footer) {
        if (!footer.isSetCreated_by()) {
            return null;
        }
        try {
            return VersionParser.parse(footer.getCreated_by());
        } catch (VersionParser.VersionParseException | RuntimeException e) {
            return null; // an unknown writer: no known bug to work around
        }
    }
}
