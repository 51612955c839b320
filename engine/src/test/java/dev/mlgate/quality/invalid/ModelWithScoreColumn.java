package dev.mlgate.quality.invalid;

import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.ModelTask;

/** A model suite that also names a score column, a multiclass task without classes and a batch size of 0. */
@ModelQuality(modelFile = "model.onnx", data = "eval.csv", label = "y", score = "p", task = ModelTask.MULTICLASS,
        batchSize = 0)
public class ModelWithScoreColumn {

    @AtLeast(0.5)
    Metric accuracy(MulticlassPredictions predictions) {
        return predictions.accuracy();
    }
}
