package dev.mlgate.examples.suites;

import dev.mlgate.Warn;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.AtMost;
import dev.mlgate.quality.ModelQuality;

/**
 * The same gates on a model trained by a Python job (scikit-learn gradient boosting, see
 * models/README.md): mlgate needs only its predictions file, so files are the interface between a
 * Python training pipeline and these gates. It is another model than the candidate this build decides on,
 * so it says so ({@code model}): promotion.json lists its file as that model's predictions, never the
 * candidate's.
 *
 * <p>The Brier score gate only warns: the team is still deciding whether calibration blocks a
 * release, and wants to see it first.
 */
@ModelQuality(predictions = "models/python-gbm/eval-predictions.csv",
        label = "diagnosis", score = "p_malignant", positive = "malignant", negative = "benign", model = "python-gbm")
public class PythonModelQuality {

    @AtLeast(0.97)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }

    @AtMost(0.05)
    @Warn("calibration is reported, not yet enforced")
    Metric brierScore(BinaryScores scores) {
        return scores.brierScore();
    }
}
