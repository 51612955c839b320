package dev.mlgate.baseline.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.data.internal.Texts;
import dev.mlgate.engine.internal.Growing;
import dev.mlgate.engine.internal.RowLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one predictions file of a comparison in a single scan: the id (when declared), the label mapped
 * to positive or negative, one or two score columns, which must be finite numbers, and the slice
 * columns. Any other label, a missing id, label or score, or a non-finite score is an error naming the
 * file, line, row and column.
 */
final class PredictionsReader {

    private PredictionsReader() {
    }

    /**
     * @param idColumn the id column, or null
     * @param secondScoreColumn the baseline score column of a one-file comparison, or null
     */
    static Side read(RowSource source, String idColumn, String labelColumn, String scoreColumn,
            String secondScoreColumn, String positive, String negative, List<String> sliceColumns) {
        int id = idColumn == null ? -1 : source.columnIndex(idColumn);
        int label = source.columnIndex(labelColumn);
        int score = source.columnIndex(scoreColumn);
        int second = secondScoreColumn == null ? -1 : source.columnIndex(secondScoreColumn);
        int[] sliceIndexes = sliceColumns.stream().mapToInt(source::columnIndex).toArray();
        List<String> ids = new ArrayList<>();
        List<List<String>> slices = new ArrayList<>();
        sliceColumns.forEach(column -> slices.add(new ArrayList<>()));
        Growing.Doubles scores = new Growing.Doubles();
        Growing.Doubles secondScores = new Growing.Doubles();
        Growing.Booleans labels = new Growing.Booleans();
        RowLines lines = new RowLines();
        ScanSummary summary = source.scan(row -> {
            if (id >= 0) {
                String value = row.raw(id);
                if (value == null) {
                    throw row.error(id, "missing id");
                }
                ids.add(value);
            }
            String value = row.raw(label);
            if (positive.equals(value)) {
                labels.add(true);
            } else if (negative.equals(value)) {
                labels.add(false);
            } else {
                throw row.error(label, value == null ? "missing label" : "label " + Texts.quote(value)
                        + " is neither the positive label '" + positive + "' nor the negative label '" + negative
                        + "'");
            }
            scores.add(finite(row, score));
            lines.add(row.lineNumber());
            if (second >= 0) {
                secondScores.add(finite(row, second));
            }
            for (int s = 0; s < sliceIndexes.length; s++) {
                String slice = row.raw(sliceIndexes[s]);
                slices.get(s).add(slice == null ? Slice.NULL_VALUE : slice);
            }
        });
        String[][] sliceValues = slices.stream().map(values -> values.toArray(String[]::new)).toArray(String[][]::new);
        return new Side(source.file(), summary, id >= 0 ? ids.toArray(String[]::new) : null, labels.toArray(),
                scores.toArray(), second >= 0 ? secondScores.toArray() : null, sliceValues, List.copyOf(sliceColumns),
                lines);
    }

    private static double finite(dev.mlgate.data.Row row, int column) {
        double value = row.asDouble(column);
        if (!Double.isFinite(value)) {
            throw row.error(column, "score " + row.raw(column) + " is not a finite number");
        }
        return value;
    }
}
