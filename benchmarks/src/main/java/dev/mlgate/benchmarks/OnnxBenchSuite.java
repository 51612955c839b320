package dev.mlgate.benchmarks;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelInput;
import dev.mlgate.quality.ModelQuality;

/**
 * The declaration {@link OnnxScoringRun} scores with: the logistic regression of mlgate-onnx's tests
 * (binary_logreg.onnx, built by onnx/src/test/resources/models/make_models.py; a copy is a resource here),
 * its three feature columns mapped to the model's {@code [N, 3]} input, 1024 rows per call.
 */
@ModelQuality(modelFile = "${bench.model}", data = "${bench.data}", label = "label", batchSize = OnnxScoringRun.BATCH,
        inputs = @ModelInput(name = "float_input", columns = {"a", "b", "c"}))
public class OnnxBenchSuite {

    @AtLeast(0.5)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
