package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Every scalar aggregate of a suite. Over the input as read, in one aggregation: one Spark job and one
 * read, as Deequ computes its scan-shareable analyzers (Spark interprets it rather than compiling it when
 * its buffer has more than {@code spark.sql.codegen.maxFields} fields). Over persisted columns
 * ({@link Persistence#DISK}), which cost nothing to read again, in aggregations of at most
 * {@value #PER_AGGREGATION} aggregates, each compiled: an aggregate keeps at most three buffer fields (a
 * variance). The row count is always the first aggregate.
 */
final class ScalarPass {

    /** Most aggregates of one Spark aggregation: 30 × 3 buffer fields stays below the limit of 100. */
    static final int PER_AGGREGATION = 30;

    private final List<Column> aggregates = new ArrayList<>(List.of(count(lit(1)).as("a0")));

    /** Adds an aggregate; its value is {@code result.get(index)}. */
    int add(Column aggregate) {
        aggregates.add(aggregate.as("a" + aggregates.size()));
        return aggregates.size() - 1;
    }

    /** How many Spark jobs {@link #run} takes over persisted columns. */
    int jobs() {
        return (aggregates.size() + PER_AGGREGATION - 1) / PER_AGGREGATION;
    }

    /** Runs the pass over {@code rows}, persisted or not: one row holding every aggregate, the row count first. */
    Row run(Dataset<Row> rows, boolean persisted) {
        List<Object> values = new ArrayList<>(aggregates.size());
        int per = persisted ? PER_AGGREGATION : aggregates.size();
        for (int from = 0; from < aggregates.size(); from += per) {
            List<Column> part = aggregates.subList(from, Math.min(aggregates.size(), from + per));
            Row row = rows.agg(part.get(0), part.subList(1, part.size()).toArray(Column[]::new)).first();
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i));
            }
        }
        return RowFactory.create(values.toArray());
    }
}
