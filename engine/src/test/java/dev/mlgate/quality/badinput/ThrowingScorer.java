package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/** Row 3 of eval-features-gap.csv has no x1, so the scorer throws. */
@ModelQuality(scorer = dev.mlgate.quality.fixtures.CreditScorer.class, data = "eval-features-gap.csv", label = "default")
public class ThrowingScorer {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
