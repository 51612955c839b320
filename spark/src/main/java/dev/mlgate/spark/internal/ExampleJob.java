package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The examples of every failing value metric of a scan in one Spark job, with the row counts of each file
 * block that number them: each task keeps, per metric, its first {@code max} violating rows by position
 * (a bounded heap), and counts its blocks' rows; the driver receives at most {@code max} rows per metric
 * per task plus one row per block, and keeps the first {@code max} per metric. Requests registered before
 * the first result is read share the job.
 */
final class ExampleJob {

    private static final StructType OUTPUT = new StructType()
            .add("metric", DataTypes.IntegerType)
            .add("file", DataTypes.StringType)
            .add("block", DataTypes.LongType)
            .add("id", DataTypes.LongType)
            .add("rows", DataTypes.LongType)
            .add("shown", DataTypes.StringType);

    private final RowPositions positions;
    private final int max;
    private final List<Column> violating = new ArrayList<>();
    private final List<Column> shown = new ArrayList<>();
    private List<List<FoundExample>> found;

    ExampleJob(RowPositions positions, int max) {
        this.positions = positions;
        this.max = max;
    }

    /** Registers a metric's violating rows and what to show of them; its examples, read after the job. */
    Supplier<List<FoundExample>> request(Column violates, Column show) {
        int index = violating.size();
        violating.add(violates);
        shown.add(show);
        return () -> run().get(index);
    }

    private synchronized List<List<FoundExample>> run() {
        if (found != null && found.size() == violating.size()) {
            return found;
        }
        List<Column> selected = new ArrayList<>(List.of(RowPositions.order()));
        for (int i = 0; i < violating.size(); i++) {
            selected.add(violating.get(i).as("v" + i));
            selected.add(shown.get(i).as("s" + i));
        }
        List<Row> rows = positions.rows().select(selected.toArray(Column[]::new))
                .mapPartitions(new FirstViolations(violating.size(), max), Encoders.row(OUTPUT)).collectAsList();
        Map<List<Object>, long[]> blocks = new HashMap<>();
        List<List<Row>> perMetric = new ArrayList<>();
        violating.forEach(metric -> perMetric.add(new ArrayList<>()));
        for (Row row : rows) {
            if (row.getInt(0) < 0) {
                blocks.put(List.of(row.getString(1), row.getLong(2)), new long[] {row.getLong(3), row.getLong(4)});
            } else {
                perMetric.get(row.getInt(0)).add(row);
            }
        }
        positions.counted(blocks);
        Comparator<Row> order = Comparator.comparing((Row row) -> row.getString(1))
                .thenComparingLong(row -> row.getLong(2)).thenComparingLong(row -> row.getLong(3));
        List<List<FoundExample>> all = new ArrayList<>();
        for (List<Row> metric : perMetric) {
            all.add(metric.stream().sorted(order).limit(max).map(row -> new FoundExample(positions.rowNumber(
                    row.getString(1), row.getLong(2), row.getLong(3)), positions.fileOf(row.getString(1)),
                    row.getString(5))).toList());
        }
        found = all;
        return found;
    }

    /** One task's share: its blocks' row counts, and per metric its first violations by position. */
    private static final class FirstViolations implements MapPartitionsFunction<Row, Row> {

        private static final Comparator<Object[]> LATEST_FIRST = Comparator.comparing((Object[] row) -> (String) row[0])
                .thenComparingLong(row -> (long) row[1]).thenComparingLong(row -> (long) row[2]).reversed();

        private final int metrics;
        private final int max;

        FirstViolations(int metrics, int max) {
            this.metrics = metrics;
            this.max = max;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            Map<List<Object>, long[]> blocks = new HashMap<>();
            List<PriorityQueue<Object[]>> first = new ArrayList<>();
            for (int i = 0; i < metrics; i++) {
                first.add(new PriorityQueue<>(LATEST_FIRST));
            }
            while (input.hasNext()) {
                Row row = input.next();
                String file = row.getString(0);
                long block = row.getLong(1);
                long id = row.getLong(2);
                long[] counted = blocks.computeIfAbsent(List.of(file, block), key -> new long[] {id, 0});
                counted[0] = Math.min(counted[0], id);
                counted[1]++;
                for (int i = 0; i < metrics; i++) {
                    if (row.isNullAt(3 + 2 * i) || !row.getBoolean(3 + 2 * i)) {
                        continue;
                    }
                    PriorityQueue<Object[]> kept = first.get(i);
                    kept.add(new Object[] {file, block, id, row.getString(4 + 2 * i)});
                    if (kept.size() > max) {
                        kept.poll();
                    }
                }
            }
            List<Row> out = new ArrayList<>();
            blocks.forEach((key, counted) -> out.add(RowFactory.create(-1, key.get(0), key.get(1), counted[0],
                    counted[1], null)));
            for (int i = 0; i < metrics; i++) {
                for (Object[] kept : first.get(i)) {
                    out.add(RowFactory.create(i, kept[0], kept[1], kept[2], 0L, kept[3]));
                }
            }
            return out.iterator();
        }
    }
}
