package dev.mlgate.spark.internal;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A dataset as Spark reads it, with what the metrics need to know about it.
 *
 * @param rows the rows; every column a string when {@code textual}
 * @param location where it was read from, as given (a path, a URI or {@code table:name})
 * @param header its columns, in order
 * @param textual whether values are text to be parsed as the column's kind (CSV, JSON Lines), or typed
 *     (Parquet, a catalog table)
 * @param nullTokens the text values that mean "missing" (empty for typed and JSON sources)
 * @param fileBased whether rows carry Spark's file metadata ({@code _metadata.file_path}), so failing
 *     rows can be numbered within their file
 * @param lineOffset what to add to a row number to get its physical line (1 for CSV read line by line,
 *     whose header is line 1), or -1 when lines are unknown (binary formats, records spanning lines)
 */
public record SparkInput(Dataset<Row> rows, String location, List<String> header, boolean textual,
        Set<String> nullTokens, boolean fileBased, int lineOffset) {

    public SparkInput {
        header = List.copyOf(header);
        nullTokens = Set.copyOf(nullTokens);
    }
}
