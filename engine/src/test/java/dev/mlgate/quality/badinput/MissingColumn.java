package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** Names a score column binary.csv does not have. */
@ModelQuality(predictions = "binary.csv", label = "churned", score = "p_default")
public class MissingColumn {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
