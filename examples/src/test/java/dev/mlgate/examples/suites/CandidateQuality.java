package dev.mlgate.examples.suites;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.AtMost;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.MaxSliceGap;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Slices;

/**
 * Absolute quality gates on the candidate model, the Tribuo logistic regression trained in this build,
 * scored on the held-out evaluation split (142 rows, 53 malignant).
 *
 * <p>Why these thresholds: a screening aid must rank malignant above benign almost always, so ROC AUC
 * must reach 0.97 (the production model reaches 0.94). Missing a malignant mass is the costly error,
 * so recall at the 0.5 threshold must reach 0.90 overall. Probabilities feed a triage queue, so log
 * loss is bounded at 0.20. Per size band, ROC AUC must stay at 0.90 or above: a model that is good on
 * average but poor on small masses is not acceptable, and the ROC AUCs of the bands may differ by at
 * most 0.05, so no band is served markedly worse than another. A slice needs 40 rows to decide. With
 * only 142 evaluation rows a point estimate can be lucky: the lower bound of the 95% bootstrap
 * interval of ROC AUC must still reach 0.95.
 *
 * <p>{@code examples.scenario=broken} gates a candidate trained with 30% of its labels flipped instead.
 */
@ModelQuality(predictions = "target/eval/${examples.scenario:-.}/candidate-predictions.csv",
        label = "diagnosis", score = "p_malignant", positive = "malignant", negative = "benign")
@Slices(value = "size_band", minSize = 40)
public class CandidateQuality {

    @AtLeast(0.97)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtMost(0.20)
    Metric logLoss(BinaryScores scores) {
        return scores.logLoss();
    }

    @AtLeast(0.90)
    Metric recall(BinaryScores scores) {
        return scores.at(0.5).recall();
    }

    @AtLeast(0.90)
    @EverySlice
    Metric rocAucPerSizeBand(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtLeast(value = 0.95, confidence = 0.95)
    Metric rocAucLowerBound(BinaryScores scores) {
        return scores.rocAuc();
    }

    @MaxSliceGap(value = 0.05, slice = "size_band")
    Metric rocAucGapBetweenSizeBands(BinaryScores scores) {
        return scores.rocAuc();
    }
}
