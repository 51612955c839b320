package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.BetterThanBaseline;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** McNemar's test on a ROC AUC and DeLong's on an accuracy: both tests judge another metric. */
@BaselineComparison(candidate = "baseline/candidate.csv", baseline = "baseline/production.csv", joinOn = "id",
        label = "churned", score = "p_churn")
public class TestsThatDoNotFit {

    @BetterThanBaseline(test = Test.MCNEMAR)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @NoWorseThanBaseline(margin = 0.01, test = Test.DELONG)
    Metric accuracy(BinaryScores scores) {
        return scores.at(0.5).accuracy();
    }
}
