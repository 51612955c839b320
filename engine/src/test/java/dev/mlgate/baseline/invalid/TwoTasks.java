package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** Declares a binary score and a regression prediction at once. */
@BaselineComparison(candidate = "baseline/candidate.csv", baselineScore = "p_prod", label = "churned",
        score = "p_churn", prediction = "p_churn")
public class TwoTasks {

    @NoWorseThanBaseline
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
