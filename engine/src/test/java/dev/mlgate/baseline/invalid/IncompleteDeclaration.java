package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** Names no baseline at all, and a negative margin. */
@BaselineComparison(candidate = "baseline/candidate.csv", label = "churned", score = "p_churn")
public class IncompleteDeclaration {

    @NoWorseThanBaseline(margin = -0.01)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
