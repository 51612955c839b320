package dev.mlgate.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * One task of the {@link OrderJob}: per block and metric, the checked values, the violations inside the
 * block, its first checked value (with its position and text) and its last; and the first violations.
 */
record OrderTask(boolean[][] directions, int max) implements MapPartitionsFunction<Row, Row> {

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        TaskRows.Blocks blocks = new TaskRows.Blocks();
        Map<List<Object>, Tally[]> tallies = new LinkedHashMap<>();
        while (input.hasNext()) {
            Row row = input.next();
            long id = row.getLong(2);
            Tally[] own = tallies.computeIfAbsent(blocks.see(row.getString(0), row.getLong(1), id),
                    key -> new Tally[directions.length]);
            for (int m = 0; m < directions.length; m++) {
                int at = 3 + 3 * m;
                if (row.isNullAt(at) || !row.getBoolean(at)) {
                    continue;
                }
                if (own[m] == null) {
                    own[m] = new Tally();
                }
                own[m].accept(id, row.getDouble(at + 1), row.getString(at + 2), directions[m], max);
            }
        }
        List<Row> out = new ArrayList<>();
        blocks.emit(out);
        tallies.forEach((key, own) -> {
            for (int m = 0; m < own.length; m++) {
                if (own[m] != null) {
                    own[m].emit(m, (String) key.get(0), (Long) key.get(1), out);
                }
            }
        });
        return out.iterator();
    }

    /** One metric in one block: rows arrive in order, so the first violations are the first seen. */
    private static final class Tally {
        private long checked;
        private long violations;
        private long firstId;
        private double first = Double.NaN;
        private String firstRaw;
        private double last = Double.NaN;
        private final List<Object[]> examples = new ArrayList<>();

        void accept(long id, double value, String raw, boolean[] direction, int max) {
            checked++;
            if (checked == 1) {
                firstId = id;
                first = value;
                firstRaw = raw;
            } else if (OrderJob.violates(value, last, direction[0], direction[1])) {
                violations++;
                if (examples.size() < max) {
                    examples.add(new Object[] {id, raw});
                }
            }
            last = value;
        }

        void emit(int metric, String file, long block, List<Row> out) {
            out.add(TaskRows.row(TaskRows.TALLY, metric, file, block, firstId, checked, violations, 0, first, last,
                    firstRaw));
            for (Object[] example : examples) {
                out.add(TaskRows.row(TaskRows.EXAMPLE, metric, file, block, (Long) example[0], 0, 0, 0, 0, 0,
                        (String) example[1]));
            }
        }
    }
}
