package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** Five negatives and no positive (one-class.csv): ROC AUC is undefined. */
@ModelQuality(predictions = "one-class.csv", label = "churned", score = "p_churn")
public class OneClass {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    /** ROC AUC of the rows scored above 2: none, an empty slice of the data. */
    @AtLeast(0.5)
    Metric rocAucAboveTwo(BinaryScores scores) {
        boolean[] keep = new boolean[scores.size()];
        for (int row = 0; row < keep.length; row++) {
            keep[row] = scores.score(row) > 2;
        }
        return scores.filter(keep).rocAuc();
    }
}
