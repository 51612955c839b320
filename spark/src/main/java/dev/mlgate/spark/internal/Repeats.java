package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every uniqueness question of a suite (repeated values of columns, repeated compound keys, duplicate
 * rows) in one Spark job: each row contributes one (question, key) pair per question, the pairs are
 * counted per key in one shuffle, and the counts per question are reduced to a few numbers. Deequ runs a
 * separate grouping job per column set; here the data is read once for all of them. The driver receives
 * one row per question.
 */
final class Repeats {

    private final List<Column> keys = new ArrayList<>();

    /** Adds a question whose key is {@code key} (null: the row is left out); returns its index. */
    int add(Column key) {
        keys.add(key);
        return keys.size() - 1;
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** Runs the job: per question, the numbers its result is made of. */
    Map<Integer, Counts> run(Dataset<Row> rows) {
        Map<Integer, Counts> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        List<Column> pairs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            pairs.add(struct(lit(i).as("q"), keys.get(i).as("k")));
        }
        Dataset<Row> perKey = rows.select(explode(array(pairs.toArray(Column[]::new))).as("p"))
                .select(col("p.q").as("q"), col("p.k").as("k")).where(col("k").isNotNull())
                .groupBy(col("q"), col("k")).agg(count(lit(1)).as("n"));
        Column n = col("n");
        List<Row> reduced = perKey.groupBy(col("q")).agg(sum(n), count(lit(1)),
                sum(when(n.gt(1), n).otherwise(0L)), count(when(n.equalTo(1), true)), sum(n.minus(1))).collectAsList();
        for (Row row : reduced) {
            counts.put(row.getInt(0), new Counts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                    row.getLong(5)));
        }
        return counts;
    }

    /**
     * What one question's keys came to.
     *
     * @param values keys counted (rows with a key)
     * @param distinct distinct keys
     * @param inRepeats rows whose key occurs more than once, every occurrence counted
     * @param singletons keys that occur once
     * @param laterRepeats rows whose key occurred on an earlier row
     */
    record Counts(long values, long distinct, long inRepeats, long singletons, long laterRepeats) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        /** The details the local backend reports with uniqueness: distinct count, uniqueness, distinct ratio. */
        Map<String, Object> details() {
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("distinct", distinct);
            if (values > 0) {
                details.put("uniqueness", (double) singletons / values);
                details.put("distinctRatio", (double) distinct / values);
            }
            return details;
        }
    }
}
