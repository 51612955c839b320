package dev.mlgate.examples.suites;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.quality.AgreesWith;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.MemoryBudget;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.ModelSizeBudget;

/**
 * The artifact that will be deployed, gated itself: the candidate exported to ONNX by Tribuo
 * (target/models/tumour.onnx, written by the build's onnx-export step), scored in-process by ONNX Runtime
 * on data/eval.csv. Its 30 inputs are named as the feature columns, so no mapping is declared.
 *
 * <p>Why these gates: the export must reach the same ROC AUC as the Java model ({@link CandidateQuality});
 * it must give the Java model's probabilities on every row (to 1e-4: ONNX Runtime computes in float32, the
 * Java model in double), which catches an export that lost a preprocessing step; a triage service scores
 * one sample per request, so the 99th percentile of a single-row call must stay under 5 ms and a batch of
 * 142 rows under 50 ms (warnings: CI machines are shared and noisy); the file must stay small (64 KiB) and
 * a session must not add more than 256 MiB to the process while it scores.
 *
 * <p>{@code examples.scenario=broken} gates an export that forgot the standardiser: it loads and scores, and
 * only the agreement with the Java model's predictions names what is wrong.
 */
@ModelQuality(modelFile = "target/models/${examples.scenario:-.}/tumour.onnx", data = "data/eval.csv",
        label = "diagnosis", positive = "malignant", negative = "benign")
@AgreesWith(predictions = "target/eval/candidate-predictions.csv", columns = "p_malignant", tolerance = 1e-4)
@LatencyBudget(perRowMillis = 5, perBatchMillis = 50)
@ModelSizeBudget(maxBytes = 65_536)
@MemoryBudget(maxMegabytes = 256)
public class ExportedModelQuality {

    @AtLeast(0.97)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
