package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** Sets data, which only a candidate model file scores, beside a candidate predictions file. */
@BaselineComparison(candidate = "baseline/candidate.csv", data = "baseline/candidate.csv",
        baseline = "baseline/production.csv", joinOn = "id", label = "churned", score = "p_churn")
public class DataWithoutModel {

    @NoWorseThanBaseline
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
