package dev.mlgate.spark.internal;

import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.backend.RuleOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The {@code @RowRule}s of a scan in one Spark job, evaluated on the executors ({@link RuleTask}): per
 * block, each rule's rows checked, violating and left out up to its first exception, and its first
 * violating records; the driver adds the blocks up in row order, stopping at a rule's first exception as
 * the local scan stops evaluating it there. Only the tallies and at most {@code max} examples per rule
 * per block reach the driver.
 */
final class RuleJob {

    private RuleJob() {
    }

    /** Registers the rules (before the scan's pass, so their columns are read); their outcomes, read after it. */
    static Supplier<Map<RowPredicate, RuleOutcome>> register(List<ColumnDescription> columns,
            List<RowPredicate> rules, Function<String, ParsedValue> values, Jobs jobs) {
        List<ParsedValue> read = columns.stream().map(column -> values.apply(column.name())).toList();
        RecordRecipe recipe = RecordRecipe.of(columns, rules);
        return () -> {
            List<Column> fields = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                fields.add(read.get(i).raw().as("r" + i));
                fields.add(read.get(i).parsed().as("p" + i));
            }
            int max = jobs.settings().maxExamples();
            List<Row> found = TaskRows.collect(jobs.positions(), fields, new RuleTask(recipe, max));
            Map<RowPredicate, RuleOutcome> outcomes = new LinkedHashMap<>();
            for (int k = 0; k < rules.size(); k++) {
                outcomes.put(rules.get(k), outcome(k, found, jobs));
            }
            return outcomes;
        };
    }

    /** Rule {@code k}'s outcome from the tallies and examples (in row order) of every block. */
    private static RuleOutcome outcome(int k, List<Row> found, Jobs jobs) {
        RowPositions positions = jobs.positions();
        long checked = 0;
        long violations = 0;
        long leftOut = 0;
        String error = null;
        Row stop = null;
        for (Row row : found) {
            if (row.getInt(1) != k || row.getInt(0) != TaskRows.TALLY) {
                continue;
            }
            checked += row.getLong(5);
            violations += row.getLong(6);
            leftOut += row.getLong(7);
            if (!row.isNullAt(10)) {
                long at = positions.rowNumber(row.getString(2), row.getLong(3), row.getLong(4));
                error = row.getString(10).replace(TaskRows.ROW, Long.toString(at));
                stop = row;
                break;
            }
        }
        Row last = stop;
        List<FoundExample> examples = found.stream()
                .filter(row -> row.getInt(1) == k && row.getInt(0) == TaskRows.EXAMPLE)
                .filter(row -> last == null || TaskRows.ORDER.compare(row, last) < 0)
                .limit(jobs.settings().maxExamples())
                .map(row -> new FoundExample(positions.rowNumber(row.getString(2), row.getLong(3), row.getLong(4)),
                        positions.fileOf(row.getString(2)), row.getString(10))).toList();
        return new RuleOutcome(checked, violations, leftOut, jobs.valueExamples(examples), error);
    }
}
