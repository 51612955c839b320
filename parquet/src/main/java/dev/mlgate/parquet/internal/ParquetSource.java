package dev.mlgate.parquet.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.ArtifactObserver;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.RowVisitor;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.data.ValueKind;
import dev.mlgate.data.internal.QuietSlf4j;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.format.RowGroup;

/**
 * A Parquet file, or a directory of part files read as one dataset in name order. Opening reads every
 * footer, so a broken part fails before any scan; a scan decodes only the columns its visitor reads.
 */
public final class ParquetSource implements RowSource {

    private final Path file;
    private final List<Part> parts;
    private final List<ParquetColumn> columns;
    private final List<String> header;
    private final ArtifactObserver observer;

    private ParquetSource(Path file, List<Part> parts, ArtifactObserver observer) {
        this.file = file;
        this.parts = parts;
        this.columns = parts.get(0).columns();
        this.header = columns.stream().map(ParquetColumn::name).toList();
        this.observer = observer;
    }

    /** Opens a Parquet file or part-file directory, reading every footer. */
    public static ParquetSource open(Path file, ArtifactObserver observer) {
        QuietSlf4j.start(); // parquet-java asks SLF4J for loggers; without a provider SLF4J would warn on stderr
        List<Part> parts = new ArrayList<>();
        for (Path path : PartFiles.of(file)) {
            Part part = Part.read(path);
            if (!parts.isEmpty()) {
                requireSameColumns(parts.get(0), part);
            }
            parts.add(part);
        }
        requireUniqueNames(file, parts.get(0).columns());
        observer.onOpen(file);
        return new ParquetSource(file, List.copyOf(parts), observer);
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
    public void requireTypes(Map<String, Class<?>> javaTypes) {
        javaTypes.forEach((name, type) -> {
            int index = header.indexOf(name);
            if (index < 0 || type == null) {
                return; // the caller reports a missing column
            }
            ParquetColumn column = columns.get(index);
            ValueKind kind;
            try {
                kind = ValueKind.of(type);
            } catch (IllegalArgumentException e) {
                return; // not a column type; discovery has reported it
            }
            if (!column.shape().holds(kind, column.type().getLogicalTypeAnnotation())) {
                throw new ArtifactException(file, null, null, name, "is Parquet " + column.describe()
                        + ", which cannot be read as " + type.getSimpleName() + "; declare it as "
                        + column.shape().javaTypes(), null);
            }
        });
    }

    @Override
    public ScanSummary scan(RowVisitor visitor) {
        observer.onScan(file);
        boolean directory = !parts.get(0).path().equals(file);
        ParquetRow row = new ParquetRow(header, directory);
        DatasetDigest digest = new DatasetDigest(directory);
        long dataset = 0;
        for (Part part : parts) {
            digest.begin(part.path());
            long inPart = 0;
            try (FileChannel channel = Part.open(part.path())) {
                for (RowGroup group : part.rowGroups()) {
                    RowGroupChunks chunks = new RowGroupChunks(part, channel, group);
                    row.startGroup(part, chunks, inPart, dataset);
                    for (long r = 0, n = chunks.rows(); r < n; r++) {
                        row.at(r);
                        visitor.visit(row);
                    }
                    inPart += chunks.rows();
                    dataset += chunks.rows();
                }
                digest.add(part.path(), channel);
            } catch (IOException e) {
                throw ArtifactException.of(part.path(), "cannot be read: " + Channels.describe(e));
            }
        }
        return new ScanSummary(file, dataset, digest.bytes(), digest.finish());
    }

    private static void requireSameColumns(Part first, Part part) {
        List<ParquetColumn> expected = first.columns();
        List<ParquetColumn> actual = part.columns();
        boolean same = expected.size() == actual.size();
        for (int i = 0; same && i < expected.size(); i++) {
            same = expected.get(i).sameAs(actual.get(i));
        }
        if (!same) {
            throw ArtifactException.of(part.path(), "has other columns than " + first.path().getFileName()
                    + ", the first part file of the dataset: " + describe(actual) + " instead of " + describe(expected));
        }
    }

    private static void requireUniqueNames(Path file, List<ParquetColumn> columns) {
        Set<String> seen = new HashSet<>();
        for (ParquetColumn column : columns) {
            if (column.name().isBlank() || !seen.add(column.name())) {
                throw ArtifactException.of(file, "has a blank or repeated column name '" + column.name() + "'");
            }
        }
    }

    private static String describe(List<ParquetColumn> columns) {
        return columns.stream().map(c -> c.name() + " " + c.describe()).toList().toString();
    }
}
