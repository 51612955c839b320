package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;

/** A regression test on a multiclass comparison whose probability columns do not match its classes. */
@BaselineComparison(candidate = "baseline/multiclass/candidate.csv", baseline = "baseline/multiclass/production.csv",
        joinOn = "id", label = "animal", probabilities = {"p_cat", "p_dog"}, classes = {"cat", "dog", "bird"})
public class PairedTestOnClasses {

    @NoWorseThanBaseline(test = Test.PAIRED_T)
    Metric accuracy(MulticlassPredictions predictions) {
        return predictions.accuracy();
    }
}
