package dev.mlgate.quality.invalid;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** Declares a score and a prediction: binary or regression? */
@ModelQuality(predictions = "binary.csv", label = "churned", score = "p_churn", prediction = "p_churn")
public class NoTask {

    @AtLeast(0.9)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
