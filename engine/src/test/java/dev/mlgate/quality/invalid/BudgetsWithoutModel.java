package dev.mlgate.quality.invalid;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.ModelQuality;

/** A latency budget on a suite that reads a predictions file: there is no model to time. */
@ModelQuality(predictions = "binary.csv", label = "churned", score = "p_churn")
@LatencyBudget(perRowMillis = 5)
public class BudgetsWithoutModel {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
