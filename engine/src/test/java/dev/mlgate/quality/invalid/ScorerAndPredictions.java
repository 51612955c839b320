package dev.mlgate.quality.invalid;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.MaxSliceGap;
import dev.mlgate.quality.ModelQuality;

/** A scorer and a predictions file at once, and a slice gap that is also a threshold. */
@ModelQuality(scorer = dev.mlgate.quality.fixtures.CreditScorer.class, predictions = "binary.csv", label = "default")
public class ScorerAndPredictions {

    @AtLeast(0.9)
    @MaxSliceGap(value = 0.1, slice = "segment")
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
