package dev.mlgate.spark.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a dataset with Spark: Parquet, CSV/TSV (optionally gzip), JSON Lines, from any Hadoop path
 * ({@code file:}, {@code s3a://}, {@code abfs://}, {@code gs://}, {@code hdfs://}), or a catalog table
 * named {@code table:db.name}. The format follows the name as the local reader's does: a directory (part
 * files, as Spark writes them) or a {@code .parquet} name is Parquet.
 */
public final class SparkReader {

    /** Prefix of a location that names a catalog table instead of a path. */
    public static final String TABLE_PREFIX = "table:";

    private final SparkSession spark;
    private final CsvOptions csv;

    public SparkReader(SparkSession spark, CsvOptions csv) {
        this.spark = spark;
        this.csv = csv;
    }

    /** The dataset at {@code location}, in {@code format} ({@code csv}, {@code tsv}, {@code jsonl},
     * {@code parquet}) or, when that is empty, in the format its name says. */
    public SparkInput read(String location, String format) {
        if (location.startsWith(TABLE_PREFIX)) {
            Dataset<Row> table = spark.table(location.substring(TABLE_PREFIX.length()));
            return new SparkInput(table, location, Arrays.asList(table.columns()), false, Set.of(), false, -1);
        }
        String name = format == null || format.isBlank()
                ? location.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|snappy|zst)$", "")
                : "." + format.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            DataFrameReader reader = spark.read()
                    .option("header", "true")
                    .option("inferSchema", "false")
                    .option("sep", String.valueOf(name.endsWith(".tsv") ? '\t' : csv.delimiter()))
                    .option("quote", String.valueOf(csv.quote()))
                    // RFC 4180: a quote inside a quoted field is written twice
                    .option("escape", String.valueOf(csv.quote()))
                    .option("encoding", csv.charset())
                    .option("multiLine", String.valueOf(csv.multiLine()))
                    .option("mode", "FAILFAST");
            Dataset<Row> rows = reader.csv(location);
            // read line by line, a record is one line after the header: row n is line n + 1
            return new SparkInput(rows, location, Arrays.asList(rows.columns()), true, csv.nullTokens(), true,
                    csv.multiLine() ? -1 : 1);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            // values as written, parsed as the column's kind like the local reader's; JSON null is missing
            Dataset<Row> rows = spark.read().option("primitivesAsString", "true").option("mode", "FAILFAST")
                    .json(location);
            return new SparkInput(rows, location, Arrays.asList(rows.columns()), true, Set.of(), true, -1);
        }
        Dataset<Row> rows = spark.read().parquet(location);
        return new SparkInput(rows, location, Arrays.asList(rows.columns()), false, Set.of(), true, -1);
    }
}
