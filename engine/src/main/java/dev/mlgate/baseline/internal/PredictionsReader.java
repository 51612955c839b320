package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.Growing;
import dev.mlgate.engine.internal.RowLines;
import dev.mlgate.model.internal.ModelRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one predictions file of a comparison in a single scan: the id (when declared) as a code of the
 * shared {@link Ids}, one or two models' views ({@link ViewCollector}), and the rows of each slice value
 * as int lists, so no string is kept per row. A missing id is an error naming the file, line, row and column.
 */
final class PredictionsReader {

    private PredictionsReader() {
    }

    /**
     * @param ids the id table shared by the comparison's files, or null without an id column
     * @param columns this model's prediction columns
     * @param secondColumns the baseline's prediction columns of a one-file comparison, or null
     * @param run the model file's predictions of the rows when it is this file's model (the columns then
     *     unused), or null
     */
    static Side read(RowSource source, Kind kind, BaselineComparison comparison, Ids ids, String[] columns,
            String[] secondColumns, List<String> sliceColumns, ModelRun run) {
        int id = ids == null ? -1 : source.columnIndex(comparison.joinOn());
        ViewCollector first = new ViewCollector(source, kind, comparison, columns, run);
        ViewCollector second = secondColumns == null ? null : new ViewCollector(source, kind, comparison, secondColumns,
                null);
        int[] sliceIndexes = sliceColumns.stream().mapToInt(source::columnIndex).toArray();
        List<Map<String, Growing.Ints>> sliceRows = new ArrayList<>();
        sliceColumns.forEach(column -> sliceRows.add(new LinkedHashMap<>()));
        Growing.Ints codes = new Growing.Ints();
        RowLines lines = new RowLines();
        int[] rows = {0};
        ScanSummary summary = source.scan(row -> {
            if (id >= 0) {
                String value = row.raw(id);
                if (value == null) {
                    throw row.error(id, "missing id");
                }
                codes.add(ids.code(value));
            }
            first.add(row);
            if (second != null) {
                second.add(row);
            }
            for (int s = 0; s < sliceIndexes.length; s++) {
                String slice = row.raw(sliceIndexes[s]);
                sliceRows.get(s).computeIfAbsent(slice == null ? Slice.NULL_VALUE : slice, key -> new Growing.Ints())
                        .add(rows[0]);
            }
            lines.add(row.lineNumber());
            rows[0]++;
        });
        List<Slice> slices = new ArrayList<>();
        for (int s = 0; s < sliceColumns.size(); s++) {
            String column = sliceColumns.get(s);
            sliceRows.get(s).forEach((value, list) -> slices.add(new Slice(column, value, list.toArray())));
        }
        return new Side(source.file(), summary, id >= 0 ? codes.toArray() : null, first.build(),
                second == null ? null : second.build(), slices, lines);
    }
}
