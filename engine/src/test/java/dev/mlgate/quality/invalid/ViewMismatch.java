package dev.mlgate.quality.invalid;

import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** A binary suite whose gate takes a multiclass view. */
@ModelQuality(predictions = "binary.csv", label = "churned", score = "p_churn")
public class ViewMismatch {

    @AtLeast(0.9)
    Metric accuracy(MulticlassPredictions predictions) {
        return predictions.accuracy();
    }
}
