package dev.mlgate.engine.invalid;

import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** A gate whose parameter is not an evaluation view. */
@ModelQuality(predictions = "predictions.csv", label = "churned", score = "p_churn")
public class UnsupportedParameter {

    @AtLeast(0.8)
    Metric rocAuc(String scores) {
        return null;
    }
}
