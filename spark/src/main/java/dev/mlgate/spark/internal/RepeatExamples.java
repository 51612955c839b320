package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Examples of repeated keys, chosen as the local single pass chooses them: a key's first occurrence is
 * known only when it repeats, so it is found at its second occurrence's row; the examples are the first
 * {@code max} found, shown in row order. With {@code firstIncluded} false (duplicate rows) only the later
 * occurrences are examples.
 *
 * <p>Without sorting the data: every example is found by the {@code max}-th later occurrence at the latest,
 * and lies before it. So one aggregation finds the repeated keys and their first rows, one bounded top-k
 * finds the {@code max}-th later occurrence (adaptive execution broadcasts the keys when they are few), and the rows of repeated keys up to it (at most
 * {@value #CANDIDATES} are taken) are brought to the driver, which replays the local order. Run only
 * when there are repeats.
 */
final class RepeatExamples {

    /** Most candidate rows the driver receives. */
    static final int CANDIDATES = 100_000;

    private RepeatExamples() {
    }

    static List<FoundExample> first(RowPositions positions, Column key, Column shown, boolean firstIncluded, int max) {
        if (max <= 0) {
            return List.of();
        }
        Dataset<Row> keyed = positions.rows().select(key.as("k"), shown.as("shown"),
                struct(RowPositions.order()).as("pos")).where(col("k").isNotNull());
        Dataset<Row> repeated = keyed.groupBy(col("k")).agg(min(col("pos")).as("first"), count(lit(1)).as("n"))
                .where(col("n").gt(1)).select(col("k").as("rk"), col("first"));
        Dataset<Row> inRepeats = keyed.join(repeated, col("k").equalTo(col("rk")));
        List<Row> later = inRepeats.where(col("pos").gt(col("first"))).select(col("pos"))
                .orderBy(col("pos")).limit(max).collectAsList();
        Column upTo = lit(true);
        if (later.size() == max) {
            Row last = later.get(later.size() - 1).getStruct(0);
            upTo = col("pos").leq(struct(lit(last.getString(0)).as(RowPositions.FILE),
                    lit(last.getLong(1)).as(RowPositions.BLOCK), lit(last.getLong(2)).as(RowPositions.ID)));
        }
        List<Row> candidates = inRepeats.where(upTo).select(col("k"), col("shown"), col("pos"), col("first"))
                .orderBy(col("pos")).limit(CANDIDATES).collectAsList();
        return replay(positions, candidates, firstIncluded, max);
    }

    /** The local pass's choice among the candidates, in row order (candidates come in row order). */
    private static List<FoundExample> replay(RowPositions positions, List<Row> candidates, boolean firstIncluded,
            int max) {
        Map<Object, Row> firsts = new HashMap<>();
        List<Row> found = new ArrayList<>();
        for (Row row : candidates) {
            Object key = row.get(0);
            boolean first = row.getStruct(2).equals(row.getStruct(3));
            if (first) {
                firsts.put(key, row);
                continue;
            }
            Row earliest = firsts.remove(key);
            if (earliest != null && firstIncluded) {
                found.add(earliest);
            }
            found.add(row);
            if (found.size() >= max) {
                break;
            }
        }
        return found.stream().limit(max).map(row -> {
            Row pos = row.getStruct(2);
            return new FoundExample(positions.rowNumber(pos.getString(0), pos.getLong(1), pos.getLong(2)),
                    positions.fileOf(pos.getString(0)), row.getString(1));
        }).sorted(Comparator.comparing(FoundExample::file, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(FoundExample::row)).toList();
    }
}
