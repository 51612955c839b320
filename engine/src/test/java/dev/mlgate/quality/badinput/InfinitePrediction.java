package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.quality.AtMost;
import dev.mlgate.quality.ModelQuality;

/** Row 2 of regression-infinite.csv predicts Infinity. */
@ModelQuality(predictions = "regression-infinite.csv", label = "progression", prediction = "predicted")
public class InfinitePrediction {

    @AtMost(100)
    Metric rmse(RegressionPredictions predictions) {
        return predictions.rmse();
    }
}
