package dev.mlgate.quality.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.Growing;
import dev.mlgate.metrics.Resamplable;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.quality.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a suite's evaluation rows in one scan: the label and the task's prediction columns (or the
 * scorer's output), the slice columns and the optional id column. A bad value is an error naming the
 * file, line, row and column; a file with a header and no rows gives an empty view.
 */
final class PredictionsReader {

    private PredictionsReader() {
    }

    /**
     * What the scan read.
     *
     * @param view the evaluation view over all rows (BinaryScores, MulticlassPredictions or RegressionPredictions)
     * @param slices the slices of each slice column, in order of first appearance
     * @param ids the id of each row ({@code null} when missing), or empty without an id column
     * @param summary the file's lineage from the same scan: rows, bytes and SHA-256
     */
    record Read(Resamplable<?> view, List<Slice> slices, List<String> ids, ScanSummary summary) {
    }

    static Read read(RowSource source, Inputs inputs, List<String> sliceColumns, Optional<Scorer> scorer,
            Optional<ModelRun> run) {
        TaskCollector collector = TaskCollector.of(source, inputs, scorer, run);
        int[] sliceIndexes = sliceColumns.stream().mapToInt(source::columnIndex).toArray();
        int id = inputs.quality().id().isBlank() ? -1 : source.columnIndex(inputs.quality().id());
        List<Map<String, Growing.Ints>> sliceRows = new ArrayList<>();
        sliceColumns.forEach(column -> sliceRows.add(new LinkedHashMap<>()));
        List<String> ids = new ArrayList<>();
        int[] rows = {0};
        ScanSummary summary = source.scan(row -> {
            collector.add(row);
            for (int s = 0; s < sliceIndexes.length; s++) {
                String slice = row.raw(sliceIndexes[s]);
                sliceRows.get(s).computeIfAbsent(slice == null ? Slice.NULL_VALUE : slice, key -> new Growing.Ints())
                        .add(rows[0]);
            }
            if (id >= 0) {
                ids.add(row.raw(id));
            }
            rows[0]++;
        });
        List<Slice> slices = new ArrayList<>();
        for (int s = 0; s < sliceColumns.size(); s++) {
            String column = sliceColumns.get(s);
            sliceRows.get(s).forEach((value, sliceRowList) -> slices.add(new Slice(column, value,
                    sliceRowList.toArray())));
        }
        return new Read(collector.build(), slices, ids, summary);
    }
}
