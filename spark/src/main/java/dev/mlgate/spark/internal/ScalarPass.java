package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every scalar aggregate of a suite in one {@code agg(...)}: one Spark job and one pass over the data,
 * as Deequ computes its scan-shareable analyzers. The row count is always the first aggregate.
 */
final class ScalarPass {

    private final List<Column> aggregates = new ArrayList<>(List.of(count(lit(1)).as("a0")));

    /** Adds an aggregate; its value is {@code result.get(index)}. */
    int add(Column aggregate) {
        aggregates.add(aggregate.as("a" + aggregates.size()));
        return aggregates.size() - 1;
    }

    /** Runs the pass: one row holding every aggregate, the row count first. */
    Row run(Dataset<Row> rows) {
        Column first = aggregates.get(0);
        return rows.agg(first, aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).first();
    }
}
