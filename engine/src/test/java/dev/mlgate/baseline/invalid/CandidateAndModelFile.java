package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/** Names the candidate twice: a predictions file and a model file. */
@BaselineComparison(candidate = "baseline/candidate.csv", candidateModelFile = "models/churn.onnx",
        data = "baseline/candidate.csv", baseline = "baseline/production.csv", joinOn = "id", label = "churned",
        baselineScore = "p_churn")
public class CandidateAndModelFile {

    @NoWorseThanBaseline
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
