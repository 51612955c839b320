package dev.mlgate.quality.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;

/** What a model-quality suite evaluates, as its declared columns (or its scorer) say; each task has one view type. */
enum Task {

    /** A label and a positive-class score. */
    BINARY(BinaryScores.class, "a binary task (label + score)"),
    /** A label and one probability column per class. */
    MULTICLASS_PROBABILITIES(MulticlassPredictions.class, "a multiclass task (label + probabilities + classes)"),
    /** A label and a predicted-class column. */
    MULTICLASS_PREDICTED(MulticlassPredictions.class, "a multiclass task (label + prediction + classes)"),
    /** A numeric label and a numeric prediction. */
    REGRESSION(RegressionPredictions.class, "a regression task (label + prediction)");

    private final Class<?> viewType;
    private final String description;

    Task(Class<?> viewType, String description) {
        this.viewType = viewType;
        this.description = description;
    }

    /** The evaluation view a gate method of this task takes. */
    Class<?> viewType() {
        return viewType;
    }

    /** The task in words, with the columns that declare it. */
    String description() {
        return description;
    }
}
