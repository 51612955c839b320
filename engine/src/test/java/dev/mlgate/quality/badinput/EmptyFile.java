package dev.mlgate.quality.badinput;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.MaxSliceGap;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Slices;

/** A header and no rows (empty.csv): every gate is inconclusive. */
@ModelQuality(predictions = "empty.csv", label = "churned", score = "p_churn")
@Slices("segment")
public class EmptyFile {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtLeast(value = 0.5, confidence = 0.9)
    Metric rocAucLowerBound(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtLeast(0.5)
    @EverySlice
    Metric rocAucPerSegment(BinaryScores scores) {
        return scores.rocAuc();
    }

    @MaxSliceGap(value = 0.1, slice = "segment")
    Metric recallGap(BinaryScores scores) {
        return scores.at(0.5).recall();
    }
}
