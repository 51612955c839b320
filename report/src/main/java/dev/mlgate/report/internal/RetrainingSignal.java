package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reason to retrain the model in production, as promotion.json's {@code retrain.signals} lists it for a
 * scheduler: its kind, the check it was read from (null when no single check says it, as for new data or the
 * model's age), a sentence, and the numbers behind it, named so a pipeline can act on them without parsing
 * the sentence. The candidate's own failures are never restated here: they are reasons of the decision.
 */
public record RetrainingSignal(String kind, String check, String cause, Map<String, Object> numbers) {

    /** The training dataset grew past a threshold since the model in force was approved. */
    public static final String NEW_DATA = "new-labelled-data";

    /** The production model's metric fell below its value at approval by more than the tolerance. */
    public static final String DEGRADED = "performance-degraded";

    /** A drift check of this run failed or warned: the data drifted from its reference. */
    public static final String DRIFT = "drift";

    /** The model in force was approved longer ago than the configured maximum age. */
    public static final String AGE = "model-age";

    /** What the history found: {@code production-trend} or {@code data-shift}, with its numbers. */
    static RetrainingSignal of(History.Degradation found) {
        return new RetrainingSignal(found.kind(), found.check().uniqueId(), found.describe(),
                new LinkedHashMap<>(found.numbers()));
    }

    ObjectNode json() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("kind", kind);
        node.put("check", check);
        node.put("cause", cause);
        node.set("numbers", Json.MAPPER.valueToTree(numbers));
        return node;
    }
}
