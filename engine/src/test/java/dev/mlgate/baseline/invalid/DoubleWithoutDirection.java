package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;

/** A custom metric returning a plain double without saying whether higher is better. */
@BaselineComparison(candidate = "baseline/candidate.csv", baseline = "baseline/production.csv", joinOn = "id",
        label = "churned", score = "p_churn")
public class DoubleWithoutDirection {

    @NoWorseThanBaseline
    double meanScore(BinaryScores scores) {
        return 0.5;
    }
}
