package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;
import dev.mlgate.data.RowSource;
import dev.mlgate.engine.internal.Growing;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import dev.mlgate.model.internal.ModelRun;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one model's evaluation view from the rows of a scan into primitive arrays: the label and that
 * model's prediction columns, as the comparison's {@link Kind} reads them. A missing or unknown label, a
 * non-finite score or prediction, an unknown predicted class or probabilities that are not a distribution
 * are errors naming the file, line, row and column. A candidate model file's predictions replace the
 * prediction columns, row for row.
 */
final class ViewCollector {

    private final Kind kind;
    private final String positive;
    private final String negative;
    private final List<String> classes;
    private final Map<String, Integer> classIndex = new HashMap<>();
    private final int label;
    private final int[] columns;
    private final Growing.Doubles numbers = new Growing.Doubles();
    private final Growing.Doubles actual = new Growing.Doubles();
    private final Growing.Ints classLabels = new Growing.Ints();
    private final Growing.Ints predicted = new Growing.Ints();
    private final Growing.Booleans positives = new Growing.Booleans();
    private final Path file;
    /** The model file's predictions of the data, when a model file is this view's model; else null. */
    private final ModelRun run;

    ViewCollector(RowSource source, Kind kind, BaselineComparison comparison, String[] columnNames, ModelRun run) {
        this.kind = kind;
        this.file = source.file();
        this.run = run;
        this.positive = comparison.positive();
        this.negative = comparison.negative();
        this.classes = List.of(comparison.classes());
        for (int c = 0; c < classes.size(); c++) {
            classIndex.put(classes.get(c), c);
        }
        this.label = source.columnIndex(comparison.label());
        this.columns = Arrays.stream(columnNames).mapToInt(source::columnIndex).toArray();
    }

    void add(Row row) {
        switch (kind) {
            case BINARY -> {
                String value = row.raw(label);
                if (!positive.equals(value) && !negative.equals(value)) {
                    throw row.error(label, value == null ? "missing label" : "label '" + value + "' is neither the"
                            + " positive label '" + positive + "' nor the negative label '" + negative + "'");
                }
                positives.add(positive.equals(value));
                numbers.add(run != null ? scored(row, "score") : finite(row, columns[0], "score"));
            }
            case REGRESSION -> {
                if (row.isNull(label)) {
                    throw row.error(label, "missing label");
                }
                actual.add(finite(row, label, "label"));
                numbers.add(run != null ? scored(row, "prediction") : finite(row, columns[0], "prediction"));
            }
            case MULTICLASS_PREDICTED -> {
                classLabels.add(classOf(row, label, "label"));
                predicted.add(classOf(row, columns[0], "predicted class"));
            }
            case MULTICLASS_PROBABILITIES -> {
                classLabels.add(classOf(row, label, "label"));
                probabilities(row);
            }
        }
    }

    Resamplable<?> build() {
        return switch (kind) {
            case BINARY -> BinaryScores.of(numbers.toArray(), positives.toArray());
            case REGRESSION -> RegressionPredictions.of(actual.toArray(), numbers.toArray());
            case MULTICLASS_PREDICTED -> MulticlassPredictions.ofPredictedClasses(classes, classLabels.toArray(),
                    predicted.toArray());
            case MULTICLASS_PROBABILITIES -> {
                double[] flat = numbers.toArray();
                double[][] matrix = new double[flat.length / classes.size()][];
                for (int i = 0; i < matrix.length; i++) {
                    matrix[i] = Arrays.copyOfRange(flat, i * classes.size(), (i + 1) * classes.size());
                }
                yield MulticlassPredictions.ofProbabilities(classes, classLabels.toArray(), matrix);
            }
        };
    }

    private void probabilities(Row row) {
        double[] scored = run != null ? outputs(row) : null;
        double sum = 0;
        for (int c = 0; c < classes.size(); c++) {
            double value = scored != null ? scored[c] : row.asDouble(columns[c]);
            if (!(value >= 0 && value <= 1)) {
                String reason = "probability " + (scored != null ? value : row.raw(columns[c])) + " of class '"
                        + classes.get(c) + "' is not a number in [0, 1]";
                throw scored != null ? atRow(row, run.fileName() + " gave a " + reason) : row.error(columns[c], reason);
            }
            sum += value;
            numbers.add(value);
        }
        if (!(Math.abs(1.0 - sum) <= 1e-8 + 1e-5 * Math.abs(sum))) {
            String reason = "the probabilities of the classes " + classes + " sum to " + sum + ", not 1";
            throw scored != null ? atRow(row, run.fileName() + ": " + reason) : row.error(columns[0], reason);
        }
    }

    /** The model file's finite prediction of {@code row}. */
    private double scored(Row row, String what) {
        double value = outputs(row)[0];
        if (!Double.isFinite(value)) {
            throw atRow(row, run.fileName() + " gave " + value + ", not a finite " + what);
        }
        return value;
    }

    /** The model file's predictions of {@code row}; the data must not have changed since it was scored. */
    private double[] outputs(Row row) {
        long index = row.rowNumber() - 1;
        if (index >= run.rows()) {
            throw atRow(row, "the data has more rows than " + run.fileName() + " scored (" + run.rows()
                    + "); it changed during the run");
        }
        return Arrays.copyOfRange(run.outputs(), (int) index * run.width(), (int) (index + 1) * run.width());
    }

    private ArtifactException atRow(Row row, String reason) {
        return new ArtifactException(file, row.lineNumber(), row.rowNumber(), null, reason, null);
    }

    private int classOf(Row row, int column, String what) {
        String value = row.raw(column);
        if (value == null) {
            throw row.error(column, "missing " + what);
        }
        Integer index = classIndex.get(value);
        if (index == null) {
            throw row.error(column, what + " '" + value + "' is not one of the classes " + classes);
        }
        return index;
    }

    private static double finite(Row row, int column, String what) {
        double value = row.asDouble(column);
        if (!Double.isFinite(value)) {
            throw row.error(column, what + " " + row.raw(column) + " is not a finite number");
        }
        return value;
    }
}
