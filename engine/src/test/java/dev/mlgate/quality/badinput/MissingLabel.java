package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** An empty label on row 4 (missing-label.csv). */
@ModelQuality(predictions = "missing-label.csv", label = "churned", score = "p_churn")
public class MissingLabel {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
