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
 * Every scalar aggregate of a suite, computed in aggregations of at most {@value #PER_AGGREGATION}
 * aggregates each. Spark compiles an aggregation into Java code only while its buffer has at most
 * {@code spark.sql.codegen.maxFields} (100) fields, and interprets it otherwise, several times slower;
 * an aggregate here keeps at most three buffer fields (a variance), so each part stays compiled. A suite
 * with more than one part reads a persisted projection (see {@link Jobs}), so the parts do not re-read
 * the input. The row count is always the first aggregate.
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

    /** How many Spark jobs {@link #run} takes. */
    int jobs() {
        return (aggregates.size() + PER_AGGREGATION - 1) / PER_AGGREGATION;
    }

    /** Runs the pass: one row holding every aggregate, the row count first. */
    Row run(Dataset<Row> rows) {
        List<Object> values = new ArrayList<>(aggregates.size());
        for (int from = 0; from < aggregates.size(); from += PER_AGGREGATION) {
            List<Column> part = aggregates.subList(from, Math.min(aggregates.size(), from + PER_AGGREGATION));
            Row row = rows.agg(part.get(0), part.subList(1, part.size()).toArray(Column[]::new)).first();
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i));
            }
        }
        return RowFactory.create(values.toArray());
    }
}
