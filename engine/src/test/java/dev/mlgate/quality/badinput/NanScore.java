package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** A NaN score on row 3 (nan-score.csv). */
@ModelQuality(predictions = "nan-score.csv", label = "churned", score = "p_churn")
public class NanScore {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
