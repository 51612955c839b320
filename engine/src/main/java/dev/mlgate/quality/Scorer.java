package dev.mlgate.quality;

import java.util.Map;

/**
 * Scores evaluation rows in-process, so that a model trained in Java (a Java model library, ONNX
 * Runtime, ...) is gated without writing a predictions file first:
 *
 * <pre>{@code
 * public class ChurnScorer implements Scorer.Binary {
 *     private final Model model = Model.load(Path.of("models/churn.onnx"));
 *     public double score(Map<String, String> row) { return model.predict(row); }
 * }
 *
 * @ModelQuality(scorer = ChurnScorer.class, data = "data/eval.csv", label = "churned")
 * class ChurnQuality { ... }
 * }</pre>
 *
 * <p>The engine creates one instance per suite run with the constructor without parameters, scans the
 * evaluation data once and calls the scorer on every row, in file order, building the same view a
 * predictions file would give. A row is the data row as text, column name to value, with {@code null}
 * for a missing value; the label column is included, so a scorer must not read it. A scorer that
 * throws, or returns a value that is not a finite number, fails the suite with the file and row named.
 */
public sealed interface Scorer permits Scorer.Binary, Scorer.Multiclass, Scorer.Regression {

    /** A binary classifier: its view is {@link dev.mlgate.metrics.BinaryScores}. */
    @FunctionalInterface
    non-sealed interface Binary extends Scorer {

        /**
         * The positive-class probability or score of one row.
         *
         * @param row column name to raw value ({@code null} when missing); read-only
         * @return a finite number, higher meaning more likely positive
         * @throws Exception when the row cannot be scored; the engine names the row
         */
        double score(Map<String, String> row) throws Exception;
    }

    /** A multiclass classifier: its view is {@link dev.mlgate.metrics.MulticlassPredictions}. */
    @FunctionalInterface
    non-sealed interface Multiclass extends Scorer {

        /**
         * The probability of each class of one row.
         *
         * @param row column name to raw value ({@code null} when missing); read-only
         * @return one probability per class of {@link ModelQuality#classes()}, in that order, summing to 1
         * @throws Exception when the row cannot be scored; the engine names the row
         */
        double[] probabilities(Map<String, String> row) throws Exception;
    }

    /** A regression model: its view is {@link dev.mlgate.metrics.RegressionPredictions}. */
    @FunctionalInterface
    non-sealed interface Regression extends Scorer {

        /**
         * The predicted value of one row.
         *
         * @param row column name to raw value ({@code null} when missing); read-only
         * @return a finite number
         * @throws Exception when the row cannot be scored; the engine names the row
         */
        double predict(Map<String, String> row) throws Exception;
    }
}
