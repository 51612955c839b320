package dev.mlgate.spark.internal;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The first failing rows of a metric, in row order, found by a filter and a bounded top-k (each task
 * keeps at most {@code max} rows; the driver receives at most {@code max} per task). Run only for a
 * metric that found violations, so a passing suite costs no job here.
 */
final class Examples {

    private static final String SHOWN = "__mlgate_shown";

    private Examples() {
    }

    static List<FoundExample> first(RowPositions positions, Column violating, Column shown, int max) {
        if (max <= 0) {
            return List.of();
        }
        List<Column> selected = new java.util.ArrayList<>(List.of(RowPositions.order()));
        selected.add(shown.as(SHOWN));
        List<Row> rows = positions.rows().filter(violating).select(selected.toArray(Column[]::new))
                .orderBy(RowPositions.order()).limit(max).collectAsList();
        return rows.stream().map(row -> new FoundExample(positions.rowNumber(row), positions.fileOf(row), row.getAs(SHOWN))).toList();
    }
}
