package dev.mlgate.quality.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.metrics.BinaryScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a binary classifier's predictions file in one scan: the label column, mapped to positive or
 * negative, the score column, which must be a finite number, and the slice columns. Any other label,
 * a missing label or score, or a non-finite score is an error naming the file, line, row and column.
 */
final class BinaryPredictions {

    private BinaryPredictions() {
    }

    /**
     * What the scan read.
     *
     * @param scores the evaluation view over all rows
     * @param slices the slices of each slice column, in order of first appearance
     */
    record Read(BinaryScores scores, List<Slice> slices) {
    }

    static Read read(RowSource source, String labelColumn, String scoreColumn, String positive, String negative,
            List<String> sliceColumns) {
        int label = source.columnIndex(labelColumn);
        int score = source.columnIndex(scoreColumn);
        int[] sliceIndexes = sliceColumns.stream().mapToInt(source::columnIndex).toArray();
        List<Map<String, IntList>> sliceRows = new ArrayList<>();
        sliceColumns.forEach(column -> sliceRows.add(new LinkedHashMap<>()));
        GrowableColumns columns = new GrowableColumns();
        source.scan(row -> {
            String value = row.raw(label);
            boolean isPositive;
            if (positive.equals(value)) {
                isPositive = true;
            } else if (negative.equals(value)) {
                isPositive = false;
            } else {
                throw row.error(label, value == null
                        ? "missing label"
                        : "label '" + value + "' is neither the positive label '" + positive
                                + "' nor the negative label '" + negative + "'");
            }
            double probability = row.asDouble(score);
            if (!Double.isFinite(probability)) {
                throw row.error(score, "score " + row.raw(score) + " is not a finite number");
            }
            for (int s = 0; s < sliceIndexes.length; s++) {
                String slice = row.raw(sliceIndexes[s]);
                sliceRows.get(s).computeIfAbsent(slice == null ? Slice.NULL_VALUE : slice, key -> new IntList())
                        .add(columns.size);
            }
            columns.add(isPositive, probability);
        });
        List<Slice> slices = new ArrayList<>();
        for (int s = 0; s < sliceColumns.size(); s++) {
            String column = sliceColumns.get(s);
            sliceRows.get(s).forEach((value, rows) -> slices.add(new Slice(column, value, rows.toArray())));
        }
        return new Read(BinaryScores.of(columns.scores(), columns.labels()), slices);
    }

    /** Primitive arrays that grow by doubling, so ten million rows cost two arrays, not ten million objects. */
    private static final class GrowableColumns {

        private boolean[] labels = new boolean[1024];
        private double[] scores = new double[1024];
        private int size;

        void add(boolean label, double score) {
            if (size == labels.length) {
                labels = Arrays.copyOf(labels, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            labels[size] = label;
            scores[size] = score;
            size++;
        }

        boolean[] labels() {
            return Arrays.copyOf(labels, size);
        }

        double[] scores() {
            return Arrays.copyOf(scores, size);
        }
    }

    /** A growable list of row indexes. */
    private static final class IntList {

        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
