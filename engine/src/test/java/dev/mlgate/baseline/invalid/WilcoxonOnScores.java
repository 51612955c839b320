package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** A regression test on a binary comparison, and columns of two tasks on another class. */
@BaselineComparison(candidate = "baseline/candidate.csv", baseline = "baseline/production.csv", joinOn = "id",
        label = "churned", score = "p_churn")
public class WilcoxonOnScores {

    @NoWorseThanBaseline(test = Test.WILCOXON)
    Metric brierScore(BinaryScores scores) {
        return scores.brierScore();
    }
}
