package dev.mlgate.benchmarks.suites;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.BetterThanBaseline;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.Slices;

/**
 * The comparison half of the quality-suite benchmark (issue "Speed"): nineteen candidate-versus-production
 * gates on {@link PairedPredictions}' two score columns of the same rows. ROC AUC gates are judged with
 * DeLong's test, accuracy gates with McNemar's test, the other metrics with the paired bootstrap; one
 * gate of each kind runs in every segment, and three carry a 95% interval bound.
 * {@code quality-suite/sklearn_suite.py} computes the point metrics, DeLong and McNemar with scikit-learn,
 * numpy and statsmodels.
 */
@BaselineComparison(candidate = "${bench.data}", label = "label", score = "candidate", baselineScore = "production")
@Slices(value = "segment", minSize = 1000)
public class ComparisonSuite {

    @NoWorseThanBaseline(margin = 0.005)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @BetterThanBaseline(alpha = 0.05)
    Metric rocAucBetter(BinaryScores scores) {
        return scores.rocAuc();
    }

    @NoWorseThanBaseline(margin = 0.005, confidence = 0.95)
    Metric rocAucLowerBound(BinaryScores scores) {
        return scores.rocAuc();
    }

    @BetterThanBaseline(alpha = 0.05)
    @EverySlice
    Metric rocAucPerSegment(BinaryScores scores) {
        return scores.rocAuc();
    }

    @NoWorseThanBaseline(margin = 0.005)
    Metric accuracy(BinaryScores scores) {
        return scores.at(0.5).accuracy();
    }

    @BetterThanBaseline(alpha = 0.05)
    Metric accuracyBetter(BinaryScores scores) {
        return scores.at(0.5).accuracy();
    }

    @NoWorseThanBaseline(margin = 0.005)
    Metric accuracyAtLowThreshold(BinaryScores scores) {
        return scores.at(0.4).accuracy();
    }

    @BetterThanBaseline(alpha = 0.05, test = Test.MCNEMAR_CHI_SQUARED)
    Metric accuracyAtHighThreshold(BinaryScores scores) {
        return scores.at(0.6).accuracy();
    }

    @NoWorseThanBaseline(margin = 0.01)
    @EverySlice
    Metric accuracyPerSegment(BinaryScores scores) {
        return scores.at(0.5).accuracy();
    }

    @NoWorseThanBaseline(margin = 0.005)
    Metric averagePrecision(BinaryScores scores) {
        return scores.averagePrecision();
    }

    @BetterThanBaseline(alpha = 0.05)
    Metric averagePrecisionBetter(BinaryScores scores) {
        return scores.averagePrecision();
    }

    @NoWorseThanBaseline(margin = 0.01)
    Metric logLoss(BinaryScores scores) {
        return scores.logLoss();
    }

    @BetterThanBaseline(alpha = 0.05)
    Metric logLossBetter(BinaryScores scores) {
        return scores.logLoss();
    }

    @NoWorseThanBaseline(margin = 0.005)
    Metric brierScore(BinaryScores scores) {
        return scores.brierScore();
    }

    @BetterThanBaseline(alpha = 0.05, confidence = 0.95)
    Metric brierScoreBetter(BinaryScores scores) {
        return scores.brierScore();
    }

    @NoWorseThanBaseline(margin = 0.01, confidence = 0.95)
    Metric recall(BinaryScores scores) {
        return scores.at(0.5).recall();
    }

    @NoWorseThanBaseline(margin = 0.01)
    Metric precision(BinaryScores scores) {
        return scores.at(0.5).precision();
    }

    @BetterThanBaseline(alpha = 0.05)
    Metric f1Better(BinaryScores scores) {
        return scores.at(0.5).f1();
    }

    @NoWorseThanBaseline(margin = 0.01)
    @EverySlice
    Metric averagePrecisionPerSegment(BinaryScores scores) {
        return scores.averagePrecision();
    }
}
