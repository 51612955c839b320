package dev.mlgate.quality;

/** What a model file scored by a {@link ModelQuality} suite predicts, and so which view its gates take. */
public enum ModelTask {
    /** The probability of the positive class; the view is {@link dev.mlgate.metrics.BinaryScores}. */
    BINARY,
    /** One probability per class of {@link ModelQuality#classes()}; the view is {@link dev.mlgate.metrics.MulticlassPredictions}. */
    MULTICLASS,
    /** A number; the view is {@link dev.mlgate.metrics.RegressionPredictions}. */
    REGRESSION
}
