package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Examples of repeated keys, chosen as the local single pass chooses them: a key's first occurrence is
 * known only when it repeats, so it is found at its second occurrence's row; the examples are the first
 * ones found, shown in row order. With {@code firstIncluded} false (duplicate rows) only the later
 * occurrences are examples. One job (a shuffle by key), run only when there are repeats.
 */
final class RepeatExamples {

    private RepeatExamples() {
    }

    static List<FoundExample> first(RowPositions positions, Column key, Column shown, boolean firstIncluded, int max) {
        if (max <= 0) {
            return List.of();
        }
        Column position = struct(RowPositions.order());
        WindowSpec byKey = Window.partitionBy(col("k")).orderBy(col("pos"));
        Column rank = row_number().over(byKey);
        Column found = when(rank.equalTo(1), lead(col("pos"), 1).over(byKey)).otherwise(col("pos"));
        List<Row> rows = positions.rows().select(key.as("k"), shown.as("shown"), position.as("pos"),
                        col(RowPositions.FILE), col(RowPositions.BLOCK), col(RowPositions.ID))
                .where(col("k").isNotNull())
                .withColumn("repeats", count(lit(1)).over(Window.partitionBy(col("k"))))
                .withColumn("rank", rank)
                .withColumn("found", found)
                .where(col("repeats").gt(1).and(firstIncluded ? lit(true) : col("rank").gt(1)))
                .orderBy(col("found"), col("pos")).limit(max).collectAsList();
        return rows.stream().map(row -> new FoundExample(positions.rowNumber(row), positions.fileOf(row),
                        row.getAs("shown")))
                .sorted(Comparator.comparing(FoundExample::file, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(FoundExample::row))
                .toList();
    }
}
