package dev.mlgate.report.internal;

import java.util.Map;

/**
 * One reason to retrain, as promotion.json's {@code retraining.triggers} lists it for a scheduler: its kind,
 * a sentence, and the numbers behind it (named, so a pipeline can act on them without parsing the sentence).
 */
public record RetrainTrigger(String kind, String reason, Map<String, Object> numbers) {

    /** The training dataset grew past a threshold since the model in force was approved. */
    public static final String NEW_DATA = "new-labelled-data";

    /** The production model's metric fell below its value at approval by more than the tolerance. */
    public static final String DEGRADED = "performance-degraded";

    /** A drift check of this run failed or warned. */
    public static final String DRIFT = "data-drift";

    /** The model in force was approved longer ago than the configured maximum age. */
    public static final String AGE = "model-age";
}
