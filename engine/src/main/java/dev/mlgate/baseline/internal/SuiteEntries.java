package dev.mlgate.baseline.internal;

import dev.mlgate.engine.internal.ChartEntries;
import dev.mlgate.metrics.BinaryScores;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report entries of a comparison suite's node: its kind, its artifacts (role, path, rows, SHA-256) and
 * for a binary comparison both models' ROC and precision-recall curves on the joined rows as chart JSON, each downsampled
 * deterministically ({@link ChartEntries}).
 */
final class SuiteEntries {

    private SuiteEntries() {
    }

    static Map<String, String> of(String kind, BaselineState state) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mlgate.suite.kind", kind);
        entries.putAll(state.artifacts());
        entries.put("mlgate.comparison.rows", Integer.toString(state.joined().rows()));
        if (state.firstRun()) {
            entries.put("mlgate.comparison.firstRun", "true");
        }
        if (state.candidate() instanceof BinaryScores candidate) {
            entries.putAll(ChartEntries.of("candidate", candidate));
            if (state.baseline() instanceof BinaryScores baseline) {
                entries.putAll(ChartEntries.of("baseline", baseline));
            }
        }
        return entries;
    }
}
