package dev.mlgate.backend;

/**
 * Where a dataset lives and how it is stored.
 *
 * @param location a local path as resolved by the engine (placeholders and the base directory applied),
 *     or a URI a backend understands ({@code s3a://}, {@code hdfs://}, a catalog table name)
 * @param format {@code csv}, {@code tsv}, {@code jsonl}, {@code parquet}, or empty: chosen by the
 *     file's extension and magic bytes, as the local backend does
 */
public record DatasetLocation(String location, String format) {

    /** A dataset whose format is chosen by its name and content. */
    public static DatasetLocation of(java.nio.file.Path file) {
        return new DatasetLocation(file.toString(), "");
    }
}
