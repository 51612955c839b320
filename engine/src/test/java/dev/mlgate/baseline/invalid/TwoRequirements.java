package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.BetterThanBaseline;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** One method with both requirements, and one with none. */
@BaselineComparison(candidate = "baseline/candidate.csv", baselineScore = "p_prod", label = "churned",
        score = "p_churn")
public class TwoRequirements {

    @NoWorseThanBaseline
    @BetterThanBaseline
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    Metric logLoss(BinaryScores scores) {
        return scores.logLoss();
    }
}
