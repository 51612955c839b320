package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** A label 'yes' on row 2 (bad-label.csv), neither 1 nor 0. */
@ModelQuality(predictions = "bad-label.csv", label = "churned", score = "p_churn")
public class BadLabel {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
