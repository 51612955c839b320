package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.Loss;
import dev.mlgate.metrics.RegressionPredictions;

/**
 * The per-row differences {@code loss(candidate) - loss(baseline)} that the regression paired tests take,
 * each row repeated by its frequency weight (a slice or the joined rows have weight 1 everywhere).
 */
final class LossDifferences {

    private LossDifferences() {
    }

    static double[] of(Loss loss, RegressionPredictions candidate, RegressionPredictions baseline) {
        int total = 0;
        for (int i = 0; i < candidate.size(); i++) {
            total += candidate.weight(i);
        }
        double[] differences = new double[total];
        int k = 0;
        for (int i = 0; i < candidate.size(); i++) {
            double d = loss(loss, candidate.error(i)) - loss(loss, baseline.error(i));
            for (int w = 0; w < candidate.weight(i); w++) {
                differences[k++] = d;
            }
        }
        return differences;
    }

    private static double loss(Loss loss, double error) {
        return loss == Loss.SQUARED_ERROR ? error * error : Math.abs(error);
    }
}
