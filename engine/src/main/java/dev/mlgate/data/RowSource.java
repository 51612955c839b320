package dev.mlgate.data;

import dev.mlgate.data.internal.ColumnNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A tabular artifact that can be streamed: its header is known up front, its rows are visited in one
 * pass.
 *
 * <p>The header is read when the source is opened ({@link Artifacts#open}), so a missing column is
 * reported before any scan. Each {@link #scan} reads the whole file once, from its start; the engine
 * computes everything it needs in a single scan per artifact, and an {@link ArtifactObserver} can prove
 * it. A source holds no open file between scans and is safe to share between threads.
 */
public interface RowSource {

    /** The file, as the user named it. */
    Path file();

    /** The column names, in file order; unique and not blank. */
    List<String> header();

    /**
     * Streams every data row, exactly once and in order, to {@code visitor}, and returns what the scan
     * saw: the row count and the SHA-256 of the whole file, computed on the way.
     *
     * @throws ArtifactException if the file cannot be read, or a row is malformed, naming its line
     */
    ScanSummary scan(RowVisitor visitor);

    /**
     * Checks, before any scan, that each named column the file holds can be read as the given Java type (a
     * record component's type, such as {@code int} or {@code LocalDate}); columns the file lacks are left to
     * the caller. Text formats hold text, whose values are read one by one during the scan, so this does
     * nothing; a typed format such as Parquet compares its own column types.
     *
     * @throws ArtifactException naming the file, the column, the file's type and the Java type on a mismatch
     */
    default void requireTypes(Map<String, Class<?>> javaTypes) {
    }

    /**
     * The index of a column in {@link #header()}.
     *
     * @throws ArtifactException if there is no such column; the message lists the columns that exist
     */
    default int columnIndex(String column) {
        int index = header().indexOf(column);
        if (index < 0) {
            throw ArtifactException.of(file(), "no column '" + column + "'" + ColumnNames.lookAlikes(column, header())
                    + "; the columns are: " + ColumnNames.list(header()));
        }
        return index;
    }
}
