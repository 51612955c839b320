package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** Row 2 of iris-bad-label.csv is a 'daisy'. */
@ModelQuality(predictions = "iris-bad-label.csv", label = "species", probabilities = {"p_setosa", "p_versicolor", "p_virginica"},
        classes = {"setosa", "versicolor", "virginica"})
public class MulticlassBadLabel {

    @AtLeast(0.5)
    Metric accuracy(MulticlassPredictions predictions) {
        return predictions.accuracy();
    }
}
