package dev.mlgate.engine.invalid;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.ModelQuality;

/** Declares a metric method but forgets its bound. */
@ModelQuality(predictions = "predictions.csv", label = "churned", score = "p_churn")
public class GateWithoutThreshold {

    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
