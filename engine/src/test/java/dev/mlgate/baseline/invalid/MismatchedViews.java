package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.MaxChurn;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.RegressionPredictions;

/** A regression comparison with a binary gate, DeLong's test on a regression metric, and a churn bound. */
@BaselineComparison(candidate = "baseline/regression/candidate.csv", baseline = "baseline/regression/production.csv",
        joinOn = "id", label = "target", prediction = "predicted")
@MaxChurn(0.1)
public class MismatchedViews {

    @NoWorseThanBaseline
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @NoWorseThanBaseline(test = Test.DELONG)
    Metric rmse(RegressionPredictions predictions) {
        return predictions.rmse();
    }
}
