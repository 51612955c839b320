package com.example.suites;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Slices;

@ModelQuality(predictions = "data/predictions.csv", label = "churned", score = "p_churn")
@Slices(value = "segment", minSize = 5)
public class ChurnQuality {

    @AtLeast(0.8)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtLeast(0.8)
    @EverySlice
    Metric rocAucPerSegment(BinaryScores scores) {
        return scores.rocAuc();
    }
}
