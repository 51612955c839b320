package dev.mlgate.quality.invalid;

import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** Probability columns without the class each one belongs to. */
@ModelQuality(predictions = "iris.csv", label = "species", probabilities = {"p_setosa", "p_versicolor"})
public class ProbabilitiesWithoutClasses {

    @AtLeast(0.9)
    Metric accuracy(MulticlassPredictions predictions) {
        return predictions.accuracy();
    }
}
