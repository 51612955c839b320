package dev.mlgate.quality.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.metrics.Direction;
import dev.mlgate.metrics.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fairness gate: the largest difference of a gate method's metric between the slices of one column
 * (max − min over the slices with at least the minimum slice size and a defined metric) is at most
 * {@code maxGap}. The message names the best and the worst slice with their values and lists the slices
 * left out; fewer than two slices left is inconclusive.
 */
record SliceGapGate(GateMethod gate, String column, double maxGap) implements Check<QualityState> {

    /** {@code gap across slices of segment <= 0.1}. */
    String describe() {
        return "gap across slices of " + column + " <= " + Threshold.format(maxGap);
    }

    @Override
    public Evaluation evaluate(QualityState state) throws Exception {
        String expected = "<= " + Threshold.format(maxGap);
        if (state.view().size() == 0) {
            return Verdict.inconclusive(QualityState.NO_ROWS + " in " + state.whereAll(),
                    Evidence.of(gate.method().getName(), Double.NaN, expected));
        }
        Map<String, Metric> values = new LinkedHashMap<>();
        List<String> excluded = new ArrayList<>();
        for (Slice slice : state.slicesOf(column)) {
            if (slice.rows().length < state.minSliceSize()) {
                excluded.add(slice.value() + " (" + slice.rows().length + " rows, fewer than the minimum slice size "
                        + state.minSliceSize() + ")");
                continue;
            }
            Metric metric = gate.apply(state.instance(), state.subset(slice));
            if (metric.isDefined()) {
                values.put(slice.value(), metric);
            } else {
                excluded.add(slice.value() + " (" + metric.undefinedReason() + ")");
            }
        }
        String left = excluded.isEmpty() ? "" : "; excluded: " + String.join(", ", excluded);
        String name = gate.method().getName();
        if (values.size() < 2) {
            return Verdict.inconclusive(name + " gap across slices of '" + column + "' needs at least two slices"
                            + " with a defined value, found " + values.keySet() + " in " + state.whereAll() + left,
                    Evidence.of(name + " gap", Double.NaN, expected).withDetails(Map.of("direction", "lower")));
        }
        Map.Entry<String, Metric> highest = null;
        Map.Entry<String, Metric> lowest = null;
        for (Map.Entry<String, Metric> entry : values.entrySet()) {
            if (highest == null || entry.getValue().value() > highest.getValue().value()) {
                highest = entry;
            }
            if (lowest == null || entry.getValue().value() < lowest.getValue().value()) {
                lowest = entry;
            }
        }
        Metric any = highest.getValue();
        boolean higherIsBetter = any.direction() == Direction.HIGHER_IS_BETTER;
        Map.Entry<String, Metric> best = higherIsBetter ? highest : lowest;
        Map.Entry<String, Metric> worst = higherIsBetter ? lowest : highest;
        double gap = highest.getValue().value() - lowest.getValue().value();
        String metricName = any.name() + " gap";
        String message = any.name() + " gap across slices of '" + column + "' = " + Threshold.format(gap) + " (best "
                + best.getKey() + " = " + Threshold.format(best.getValue().value()) + ", worst " + worst.getKey() + " = "
                + Threshold.format(worst.getValue().value()) + ") on " + state.whereAll() + "; required " + expected
                + left;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("direction", "lower");
        details.put("slice.column", column);
        details.put("best.slice", best.getKey());
        details.put("best.value", best.getValue().value());
        details.put("worst.slice", worst.getKey());
        details.put("worst.value", worst.getValue().value());
        values.forEach((slice, metric) -> details.put("slice." + slice, metric.value()));
        if (!excluded.isEmpty()) {
            details.put("excluded", String.join("; ", excluded));
        }
        Evidence evidence = Evidence.of(metricName, gap, expected).withDetails(details);
        if (gap <= maxGap) {
            return Verdict.passed(message, evidence);
        }
        return Verdict.failed(message, expected, Threshold.format(gap), evidence);
    }
}
