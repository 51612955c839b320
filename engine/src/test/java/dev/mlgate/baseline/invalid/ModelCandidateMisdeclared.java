package dev.mlgate.baseline.invalid;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.ModelInput;
import dev.mlgate.quality.ModelSizeBudget;

/**
 * A model-file candidate declared like a predictions file: a score column for the candidate, no baseline column,
 * no data, no batch, a mapping without columns, and budgets only a quality suite runs.
 */
@BaselineComparison(candidateModelFile = "models/churn.onnx", baseline = "baseline/production.csv", joinOn = "id",
        label = "churned", score = "p_churn", batchSize = 0, inputs = @ModelInput(name = "float_input", columns = {}))
@LatencyBudget(perRowMillis = 10)
@ModelSizeBudget(maxBytes = 1000)
public class ModelCandidateMisdeclared {

    @NoWorseThanBaseline
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
