package dev.mlgate.spark.internal;

import dev.mlgate.backend.ViolationCount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * Values out of row order ({@code @Increasing}, {@code @Decreasing}) without sorting the data: each task
 * walks its blocks in row order and counts the violations inside each block, keeping the block's first
 * and last checked value; the driver puts the blocks back in row order and judges each block's first
 * value against the last value before it. One job for every such metric of a scan, run when the first
 * result is read; at most {@code max} examples per metric per block reach the driver.
 */
final class OrderJob {

    private final Jobs jobs;
    private final List<Column> columns = new ArrayList<>();
    private final List<boolean[]> directions = new ArrayList<>();
    private List<Row> found;
    private int ran;

    OrderJob(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Registers a metric over the values of {@code value} on rows where {@code checks} holds. */
    Supplier<ViolationCount> request(Column checks, ParsedValue value, boolean increasing, boolean strict) {
        int index = directions.size();
        columns.add(checks.as("c" + index));
        columns.add(value.number().as("n" + index));
        columns.add(value.raw().as("r" + index));
        directions.add(new boolean[] {increasing, strict});
        return () -> result(index);
    }

    private synchronized List<Row> run() {
        if (found == null || ran != directions.size()) {
            found = TaskRows.collect(jobs.positions(), columns,
                    new OrderTask(directions.toArray(boolean[][]::new), jobs.settings().maxExamples()));
            ran = directions.size();
        }
        return found;
    }

    private ViolationCount result(int metric) {
        boolean[] direction = directions.get(metric);
        int max = jobs.settings().maxExamples();
        long checked = 0;
        long violations = 0;
        double previous = Double.NaN;
        List<Row> examples = new ArrayList<>();
        for (Row row : run()) {
            if (row.getInt(1) != metric) {
                continue;
            }
            if (row.getInt(0) == TaskRows.EXAMPLE) {
                examples.add(row);
                continue;
            }
            if (row.getLong(5) == 0) {
                continue;
            }
            checked += row.getLong(5);
            violations += row.getLong(6);
            if (!Double.isNaN(previous) && violates(row.getDouble(8), previous, direction[0], direction[1])) {
                violations++;
                examples.add(row);
            }
            previous = row.getDouble(9);
        }
        RowPositions positions = jobs.positions();
        List<FoundExample> first = examples.stream().sorted(TaskRows.ORDER).limit(max)
                .map(row -> new FoundExample(positions.rowNumber(row.getString(2), row.getLong(3), row.getLong(4)),
                        positions.fileOf(row.getString(2)), row.getString(10))).toList();
        return new ViolationCount(checked, violations, jobs.valueExamples(first));
    }

    /** The local accumulator's test: against the previous checked value, by {@link Double#compare}. */
    static boolean violates(double value, double before, boolean increasing, boolean strict) {
        int compared = Double.compare(value, before);
        return increasing ? compared < 0 || strict && compared == 0 : compared > 0 || strict && compared == 0;
    }
}
