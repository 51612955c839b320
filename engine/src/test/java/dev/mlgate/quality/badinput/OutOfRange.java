package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.AtMost;
import dev.mlgate.quality.ModelQuality;

/** Row 5 of out-of-range.csv scores 1.3: a valid score, but not a probability. */
@ModelQuality(predictions = "out-of-range.csv", label = "churned", score = "p_churn")
public class OutOfRange {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtMost(0.5)
    Metric logLoss(BinaryScores scores) {
        return scores.logLoss();
    }

    @AtMost(0.25)
    Metric brierScore(BinaryScores scores) {
        return scores.brierScore();
    }
}
