package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.RowPredicate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The {@code @When} conditions of a scan as Spark columns: each a function on the executors that builds
 * the row's record and calls the condition ({@link ConditionCall}), counted by the single pass when it
 * throws. A throw fails the scan with the local scan's message for the first such row, as the local scan
 * stops there. Without every column the record needs, no condition holds (the checks report the missing
 * columns).
 */
final class ConditionColumns {

    private final List<ColumnDescription> columns;
    private final Function<String, ParsedValue> values;
    private final boolean readable;
    private final Jobs jobs;
    private final Map<RowPredicate, Column> results = new LinkedHashMap<>();
    private final List<Integer> thrown = new ArrayList<>();
    private boolean checked;

    ConditionColumns(List<ColumnDescription> columns, Function<String, ParsedValue> values, List<String> header,
            Jobs jobs) {
        this.columns = columns;
        this.values = values;
        this.readable = columns.stream().allMatch(column -> header.contains(column.name()));
        this.jobs = jobs;
    }

    /** Whether {@code condition} holds on a row: a column of the scan's rows. */
    Column holds(RowPredicate condition) {
        if (!readable) {
            return lit(false);
        }
        return results.computeIfAbsent(condition, key -> {
            String first = results.isEmpty() ? key.name() : results.keySet().iterator().next().name();
            List<Column> fields = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                ParsedValue value = values.apply(columns.get(i).name());
                fields.add(value.raw().as("r" + i));
                fields.add(value.parsed().as("p" + i));
            }
            ConditionCall call = new ConditionCall(RecordRecipe.of(columns, List.of(key)), key.name(), first);
            Column result = udf(call, ConditionCall.RESULT).apply(struct(fields.toArray(Column[]::new)));
            thrown.add(jobs.pass().add(count(when(result.getField("error").isNotNull(), true))));
            return result;
        }).getField("holds");
    }

    /** Throws what the local scan throws when a record's constructor or a condition threw on some row. */
    synchronized void failIfThrew(Row scalars) {
        if (checked || thrown.stream().allMatch(index -> scalars.getLong(index) == 0)) {
            checked = true;
            return;
        }
        Column error = coalesce(results.values().stream().map(result -> result.getField("error"))
                .toArray(Column[]::new));
        FoundExample first = jobs.exampleJob().request(error.isNotNull(), error).get().get(0);
        throw new IllegalStateException(first.value().replace(TaskRows.ROW, Long.toString(first.row())));
    }
}
