package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** Row 2's probabilities in iris-bad-sum.csv sum to 0.5. */
@ModelQuality(predictions = "iris-bad-sum.csv", label = "species", probabilities = {"p_setosa", "p_versicolor", "p_virginica"},
        classes = {"setosa", "versicolor", "virginica"})
public class MulticlassBadSum {

    @AtLeast(0.5)
    Metric accuracy(MulticlassPredictions predictions) {
        return predictions.accuracy();
    }
}
