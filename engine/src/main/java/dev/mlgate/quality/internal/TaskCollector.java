package dev.mlgate.quality.internal;

import dev.mlgate.data.ArtifactException;
import dev.mlgate.data.Row;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.internal.Texts;
import dev.mlgate.engine.internal.Growing;
import dev.mlgate.engine.internal.RowLines;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Scorer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects one task's columns from the rows of a scan into primitive arrays and builds the view. Labels
 * outside the declared set, missing labels and non-finite scores or predictions are errors naming the
 * row and column; the values come from the file or, in-process, from the suite's {@link Scorer}.
 */
abstract sealed class TaskCollector {

    private final RowSource source;
    private final Optional<Scorer> scorer;
    /** The model file's predictions, row after row, when the suite scores a model file; else null. */
    private final ModelRun run;
    final int label;

    private TaskCollector(RowSource source, ModelQuality quality, Optional<Scorer> scorer, Optional<ModelRun> run) {
        this.source = source;
        this.scorer = scorer;
        this.run = run.orElse(null);
        this.label = source.columnIndex(quality.label());
    }

    static TaskCollector of(RowSource source, Inputs inputs, Optional<Scorer> scorer, Optional<ModelRun> run) {
        return switch (inputs.task()) {
            case BINARY -> new Binary(source, inputs.quality(), scorer, run);
            case MULTICLASS_PROBABILITIES, MULTICLASS_PREDICTED -> new Multiclass(source, inputs, scorer, run);
            case REGRESSION -> new Regression(source, inputs.quality(), scorer, run);
        };
    }

    /** The model file's {@code width} predictions of {@code row}; the data must not have changed since scoring. */
    final double[] modelOutputs(Row row) {
        int width = run.width();
        long index = row.rowNumber() - 1;
        if (index >= run.rows()) {
            throw atRow(row, "the data has more rows than " + run.fileName() + " scored (" + run.rows()
                    + "); it changed during the run");
        }
        return java.util.Arrays.copyOfRange(run.outputs(), (int) index * width, (int) (index + 1) * width);
    }

    abstract void add(Row row);

    abstract Resamplable<?> build();

    /** The scorer's output for {@code row}; its exceptions become an error naming the row. */
    final Object score(Row row) {
        Scorer model = scorer.orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> header = source.header();
        for (int c = 0; c < header.size(); c++) {
            values.put(header.get(c), row.raw(c));
        }
        Map<String, String> view = Collections.unmodifiableMap(values);
        try {
            if (model instanceof Scorer.Binary binary) {
                return binary.score(view);
            }
            if (model instanceof Scorer.Multiclass multiclass) {
                return multiclass.probabilities(view);
            }
            return ((Scorer.Regression) model).predict(view);
        } catch (Exception | LinkageError | AssertionError e) {
            throw new ArtifactException(source.file(), row.lineNumber(), row.rowNumber(), null,
                    model.getClass().getSimpleName() + " threw " + e, e);
        }
    }

    /** A finite number from {@code column}, or from the scorer when the suite has one. */
    final double finite(Row row, int column, String what) {
        if (run != null) {
            double value = modelOutputs(row)[0];
            if (!Double.isFinite(value)) {
                throw atRow(row, run.fileName() + " gave " + value + ", not a finite " + what);
            }
            return value;
        }
        if (scorer.isPresent()) {
            double value = (Double) score(row);
            if (!Double.isFinite(value)) {
                throw atRow(row, scorer.get().getClass().getSimpleName() + " returned " + value + ", not a finite "
                        + what);
            }
            return value;
        }
        double value = row.asDouble(column);
        if (!Double.isFinite(value)) {
            throw row.error(column, what + " " + row.raw(column) + " is not a finite number");
        }
        return value;
    }

    /** An error about a whole row, such as a scorer's output. */
    final ArtifactException atRow(Row row, String reason) {
        return new ArtifactException(source.file(), row.lineNumber(), row.rowNumber(), null, reason, null);
    }

    final int column(String name) {
        return name.isBlank() ? -1 : source.columnIndex(name);
    }

    final ArtifactException missingLabel(Row row) {
        return row.error(label, "missing label");
    }

    /** Binary: label mapped to positive or negative, score a finite number. */
    static final class Binary extends TaskCollector {

        private final String positive;
        private final String negative;
        private final int score;
        private final Growing.Doubles scores = new Growing.Doubles();
        private final RowLines lines = new RowLines();
        private boolean[] labels = new boolean[1024];
        private int size;

        Binary(RowSource source, ModelQuality quality, Optional<Scorer> scorer, Optional<ModelRun> run) {
            super(source, quality, scorer, run);
            this.positive = quality.positive();
            this.negative = quality.negative();
            this.score = column(quality.score());
        }

        @Override
        void add(Row row) {
            String value = row.raw(label);
            if (value == null) {
                throw missingLabel(row);
            }
            if (!positive.equals(value) && !negative.equals(value)) {
                throw row.error(label, "label " + Texts.quote(value) + " is neither the positive label '" + positive
                        + "' nor the negative label '" + negative + "'");
            }
            scores.add(finite(row, score, "score"));
            if (size == labels.length) {
                labels = Arrays.copyOf(labels, size * 2);
            }
            labels[size++] = positive.equals(value);
            lines.add(row.lineNumber());
        }

        @Override
        Resamplable<?> build() {
            return BinaryScores.of(scores.toArray(), Arrays.copyOf(labels, size))
                    .describingRows(position -> "on " + lines.describe(position));
        }
    }

    /** Multiclass: label one of the classes; probabilities per class in [0, 1] summing to 1, or a predicted class. */
    static final class Multiclass extends TaskCollector {

        private final List<String> classes;
        private final Map<String, Integer> classIndex = new HashMap<>();
        private final int[] probabilityColumns;
        private final int prediction;
        private final boolean scored;
        private final Growing.Ints labels = new Growing.Ints();
        private final Growing.Ints predicted = new Growing.Ints();
        private final Growing.Doubles probabilities = new Growing.Doubles();

        private final boolean modelled;

        Multiclass(RowSource source, Inputs inputs, Optional<Scorer> scorer, Optional<ModelRun> run) {
            super(source, inputs.quality(), scorer, run);
            this.modelled = run.isPresent();
            this.classes = List.of(inputs.quality().classes());
            for (int c = 0; c < classes.size(); c++) {
                classIndex.put(classes.get(c), c);
            }
            this.probabilityColumns = Arrays.stream(inputs.quality().probabilities()).mapToInt(this::column).toArray();
            this.prediction = column(inputs.quality().prediction());
            this.scored = scorer.isPresent() || run.isPresent();
        }

        @Override
        void add(Row row) {
            labels.add(classOf(row, label, "label"));
            if (prediction >= 0) {
                predicted.add(classOf(row, prediction, "predicted class"));
                return;
            }
            double[] values = modelled ? modelOutputs(row) : scored ? (double[]) score(row)
                    : new double[classes.size()];
            if (values == null || values.length != classes.size()) {
                throw atRow(row, "the scorer returned " + (values == null ? "null" : values.length + " values")
                        + " for the " + classes.size() + " classes " + classes);
            }
            double sum = 0;
            for (int c = 0; c < classes.size(); c++) {
                if (!scored) {
                    values[c] = row.asDouble(probabilityColumns[c]);
                }
                if (!(values[c] >= 0 && values[c] <= 1)) {
                    String reason = "probability " + values[c] + " of class '" + classes.get(c)
                            + "' is not a number in [0, 1]";
                    throw scored ? atRow(row, "the scorer's " + reason) : row.error(probabilityColumns[c], reason);
                }
                sum += values[c];
                probabilities.add(values[c]);
            }
            if (!(Math.abs(1.0 - sum) <= 1e-8 + 1e-5 * Math.abs(sum))) {
                String reason = "the probabilities of the classes " + classes + " sum to " + sum + ", not 1";
                throw scored ? atRow(row, reason) : row.error(probabilityColumns[0], reason);
            }
        }

        private int classOf(Row row, int column, String what) {
            String value = row.raw(column);
            if (value == null) {
                throw column == label ? missingLabel(row) : row.error(column, "missing " + what);
            }
            Integer index = classIndex.get(value);
            if (index == null) {
                throw row.error(column, what + " " + Texts.quote(value) + " is not one of the classes " + classes);
            }
            return index;
        }

        @Override
        Resamplable<?> build() {
            int[] y = labels.toArray();
            if (prediction >= 0) {
                return MulticlassPredictions.ofPredictedClasses(classes, y, predicted.toArray());
            }
            double[] flat = probabilities.toArray();
            double[][] matrix = new double[y.length][];
            for (int i = 0; i < y.length; i++) {
                matrix[i] = Arrays.copyOfRange(flat, i * classes.size(), (i + 1) * classes.size());
            }
            return MulticlassPredictions.ofProbabilities(classes, y, matrix);
        }
    }

    /** Regression: label and prediction finite numbers. */
    static final class Regression extends TaskCollector {

        private final int prediction;
        private final Growing.Doubles actual = new Growing.Doubles();
        private final Growing.Doubles predicted = new Growing.Doubles();

        Regression(RowSource source, ModelQuality quality, Optional<Scorer> scorer, Optional<ModelRun> run) {
            super(source, quality, scorer, run);
            this.prediction = column(quality.prediction());
        }

        @Override
        void add(Row row) {
            if (row.isNull(label)) {
                throw missingLabel(row);
            }
            double value = row.asDouble(label);
            if (!Double.isFinite(value)) {
                throw row.error(label, "label " + row.raw(label) + " is not a finite number");
            }
            actual.add(value);
            predicted.add(finite(row, prediction, "prediction"));
        }

        @Override
        Resamplable<?> build() {
            return RegressionPredictions.of(actual.toArray(), predicted.toArray());
        }
    }
}
