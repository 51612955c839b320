package dev.mlgate.examples.suites;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/**
 * The candidate against the baseline approved in {@code mlgate-baselines/tumour} (its manifest names the file
 * in force and the SHA-256 it must still have): the production model as the team last approved it with
 * {@code mlgate:approve}, or restored with {@code mlgate:rollback}. The report names that baseline and its age,
 * and promotion.json's retrain signals judge it (its age, its metrics then and now, its training data then).
 * {@code examples.baselines} points the comparison at another store, as the lifecycle test does.
 *
 * <p>Why these gates: a retrained candidate must not fall behind what was approved, by more than 0.01 ROC AUC
 * (the lower bound of a 95% paired bootstrap interval) or 0.02 average precision.
 */
@BaselineComparison(candidate = "target/eval/${examples.scenario:-.}/candidate-predictions.csv",
        baseline = "manifest:${examples.baselines:-mlgate-baselines}/tumour", joinOn = "sample_id",
        label = "diagnosis", score = "p_malignant", positive = "malignant", negative = "benign",
        model = "tumour-classifier")
public class CandidateVersusApprovedBaseline {

    @NoWorseThanBaseline(margin = 0.01, confidence = 0.95)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @NoWorseThanBaseline(margin = 0.02)
    Metric averagePrecision(BinaryScores scores) {
        return scores.averagePrecision();
    }
}
