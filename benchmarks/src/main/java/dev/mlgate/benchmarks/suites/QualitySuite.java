package dev.mlgate.benchmarks.suites;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.AtMost;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Slices;

/**
 * The quality half of the quality-suite benchmark (issue "Speed"): the gates a team puts on a binary
 * model's scores, on {@link PairedPredictions}' candidate column. Ranking (ROC AUC, average precision),
 * probability quality (log loss, Brier score), decisions at 0.5 (precision, recall, F1, accuracy), ROC
 * AUC in each of the eight segments, and four gates judged on the bound of a 95% bootstrap interval.
 * {@code quality-suite/sklearn_suite.py} computes the same point metrics with scikit-learn.
 */
@ModelQuality(predictions = "${bench.data}", label = "label", score = "candidate")
@Slices(value = "segment", minSize = 1000)
public class QualitySuite {

    @AtLeast(0.80)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtLeast(0.70)
    Metric averagePrecision(BinaryScores scores) {
        return scores.averagePrecision();
    }

    @AtMost(0.50)
    Metric logLoss(BinaryScores scores) {
        return scores.logLoss();
    }

    @AtMost(0.20)
    Metric brierScore(BinaryScores scores) {
        return scores.brierScore();
    }

    @AtLeast(0.60)
    Metric precision(BinaryScores scores) {
        return scores.at(0.5).precision();
    }

    @AtLeast(0.60)
    Metric recall(BinaryScores scores) {
        return scores.at(0.5).recall();
    }

    @AtLeast(0.60)
    Metric f1(BinaryScores scores) {
        return scores.at(0.5).f1();
    }

    @AtLeast(0.75)
    Metric accuracy(BinaryScores scores) {
        return scores.at(0.5).accuracy();
    }

    @AtLeast(0.75)
    @EverySlice
    Metric rocAucPerSegment(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtLeast(value = 0.80, confidence = 0.95)
    Metric rocAucLowerBound(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtLeast(value = 0.70, confidence = 0.95)
    Metric averagePrecisionLowerBound(BinaryScores scores) {
        return scores.averagePrecision();
    }

    @AtMost(value = 0.50, confidence = 0.95)
    Metric logLossUpperBound(BinaryScores scores) {
        return scores.logLoss();
    }

    @AtMost(value = 0.20, confidence = 0.95)
    Metric brierScoreUpperBound(BinaryScores scores) {
        return scores.brierScore();
    }
}
