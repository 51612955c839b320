package dev.mlgate.examples.suites;

import dev.mlgate.examples.scoring.TumourScorer;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;

/**
 * The candidate's headline gate, scored in-process: the engine scans data/eval.csv once and asks the
 * Java model for each row's probability, instead of reading a predictions file. The threshold is the
 * same as in {@link CandidateQuality}, and so is the model, so both suites must agree.
 */
@ModelQuality(scorer = TumourScorer.class, data = "data/eval.csv", label = "diagnosis",
        positive = "malignant", negative = "benign")
public class InProcessModelQuality {

    @AtLeast(0.97)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
