package dev.mlgate.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows a task of a per-row job (row rules, row order) sends the driver, in one schema: each block's
 * row count and smallest id (which number the rows, as {@link ExampleJob}'s do), each metric's tally per
 * block, and its first examples per block. A file block is read by one task, in row order, so a tally
 * per block is exact and the driver can put blocks back in row order (file, then offset).
 */
final class TaskRows {

    static final int BLOCK = 0;
    static final int TALLY = 1;
    static final int EXAMPLE = 2;

    /** kind, metric, position (file, block, id), three counts, two numbers, a text. */
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.IntegerType)
            .add("metric", DataTypes.IntegerType)
            .add("file", DataTypes.StringType)
            .add("block", DataTypes.LongType)
            .add("id", DataTypes.LongType)
            .add("a", DataTypes.LongType)
            .add("b", DataTypes.LongType)
            .add("c", DataTypes.LongType)
            .add("x", DataTypes.DoubleType)
            .add("y", DataTypes.DoubleType)
            .add("text", DataTypes.StringType);

    /** Row order of rows of this schema: file, block, id. */
    static final Comparator<Row> ORDER = Comparator.comparing((Row row) -> row.getString(2))
            .thenComparingLong(row -> row.getLong(3)).thenComparingLong(row -> row.getLong(4));

    /** Stands for the row number in a message made on an executor, which knows the row only by position. */
    static final String ROW = "\u0000row\u0000";

    private TaskRows() {
    }

    static Row row(int kind, int metric, String file, long block, long id, long a, long b, long c, double x, double y,
            String text) {
        return RowFactory.create(kind, metric, file, block, id, a, b, c, x, y, text);
    }

    /**
     * Runs {@code task} over {@code columns} of the positioned rows (after the position columns), hands
     * the block counts to the positions, and returns the tallies and examples in row order.
     */
    static List<Row> collect(RowPositions positions, List<Column> columns, MapPartitionsFunction<Row, Row> task) {
        List<Column> selected = new ArrayList<>(List.of(RowPositions.order()));
        selected.addAll(columns);
        List<Row> rows = positions.rows().select(selected.toArray(Column[]::new))
                .mapPartitions(task, Encoders.row(SCHEMA)).collectAsList();
        Map<List<Object>, long[]> blocks = new HashMap<>();
        List<Row> found = new ArrayList<>();
        for (Row row : rows) {
            if (row.getInt(0) == BLOCK) {
                blocks.put(List.of(row.getString(2), row.getLong(3)), new long[] {row.getLong(4), row.getLong(5)});
            } else {
                found.add(row);
            }
        }
        positions.counted(blocks);
        found.sort(ORDER);
        return found;
    }

    /** A task's count of the rows of each of its blocks, and each block's smallest id. */
    static final class Blocks {

        private final Map<List<Object>, long[]> counted = new HashMap<>();

        /** Counts a row; the key of its block. */
        List<Object> see(String file, long block, long id) {
            List<Object> key = List.of(file, block);
            long[] count = counted.computeIfAbsent(key, k -> new long[] {id, 0});
            count[0] = Math.min(count[0], id);
            count[1]++;
            return key;
        }

        void emit(List<Row> out) {
            counted.forEach((key, count) -> out.add(row(BLOCK, -1, (String) key.get(0), (Long) key.get(1), count[0],
                    count[1], 0, 0, 0, 0, null)));
        }
    }
}
