package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** Names neither a candidate predictions file nor a candidate model file. */
@BaselineComparison(baseline = "baseline/production.csv", joinOn = "id", label = "churned", score = "p_churn")
public class NoCandidate {

    @NoWorseThanBaseline
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
