package dev.mlgate.quality.internal;

import dev.mlgate.engine.internal.ChartEntries;
import dev.mlgate.metrics.BinaryScores;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report entries a model-quality suite publishes once on its suite node (the engine adds its kind):
 * its task, the artifact it read and, for a binary task, the charts ({@link ChartEntries}) of the model it
 * scores, in the role {@code model}: a quality suite judges whatever predictions it reads (a candidate's
 * or a production model's column alike), so calling them the candidate's would mislabel them.
 */
final class QualityEntries {

    private static final String PREFIX = "mlgate.";

    private QualityEntries() {
    }

    static Map<String, String> of(QualityState state) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(PREFIX + "suite.task", state.task().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        entries.putAll(state.artifacts());
        if (state.view() instanceof BinaryScores scores) {
            entries.putAll(ChartEntries.of("model", scores));
        }
        return entries;
    }
}
