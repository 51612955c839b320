package dev.mlgate.assertions;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import java.util.List;

/**
 * Small inputs written out here. The prediction inputs are the engine's metric test inputs, whose metric values
 * the engine tests against scikit-learn 1.2.1: INPUT_A of BinaryScoresTest, MC of MulticlassPredictionsTest and
 * REG of RegressionPredictionsTest; every value pinned in a message below is what the engine computes on them.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** INPUT_A: ties at 0.8, 0.6 and 0.2; roc_auc 0.6944444444444444 (sklearn). */
    static final BinaryScores SCORES = BinaryScores.of(
            new double[] {0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.4, 0.3, 0.2, 0.2, 0.1},
            labels(1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0));

    /** A second model on INPUT_A's rows and labels, written for these tests. */
    static final BinaryScores OTHER_SCORES = BinaryScores.of(
            new double[] {0.8, 0.9, 0.7, 0.6, 0.5, 0.7, 0.4, 0.3, 0.35, 0.1, 0.45, 0.2},
            labels(1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0));

    /** Only negatives: ROC AUC is undefined. */
    static final BinaryScores ONE_CLASS = BinaryScores.of(new double[] {0.2, 0.4, 0.6}, labels(0, 0, 0));

    /** MC: three classes, twelve rows, with probabilities. */
    static final MulticlassPredictions MULTICLASS = MulticlassPredictions.ofProbabilities(List.of("cat", "dog", "bird"),
            new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 0}, new double[][] {
                {0.7, 0.2, 0.1}, {0.4, 0.4, 0.2}, {0.25, 0.25, 0.5}, {0.4, 0.4, 0.2}, {0.1, 0.8, 0.1}, {0.3, 0.5, 0.2},
                {1.0, 0.0, 0.0}, {0.0, 0.0, 1.0}, {0.2, 0.2, 0.6}, {0.5, 0.3, 0.2}, {0.6, 0.3, 0.1}, {0.2, 0.3, 0.5}});

    /** REG: eight rows. */
    static final RegressionPredictions REGRESSION = RegressionPredictions.of(
            new double[] {3.0, -0.5, 2.0, 7.0, 0.0, 4.5, 1.25, 10.0},
            new double[] {2.5, 0.0, 2.0, 8.0, 0.25, 4.0, 1.0, 7.5});

    static boolean[] labels(int... values) {
        boolean[] labels = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = values[i] == 1;
        }
        return labels;
    }

    /** A failure message: lines joined by the platform's line separator, as AssertJ's {@code %n}. */
    static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines);
    }
}
