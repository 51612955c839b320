package dev.mlgate.quality.internal;

import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bootstrap intervals of a suite's interval gates over all rows, computed together on first use so
 * that they share one pass over the resamples: every declared interval gate is included, selected or
 * not, so that a gate's interval does not depend on what else runs (and with the suite's seed it is the
 * interval the gate's own bootstrap would give).
 */
final class SharedIntervals {

    private final List<ThresholdGate> gates;
    private Map<ThresholdGate, Resampling.Attempt> attempts;

    SharedIntervals(List<ThresholdGate> gates) {
        this.gates = gates.stream().filter(gate -> gate.threshold().onInterval()).toList();
    }

    /** Whether {@code gate}'s interval on all rows comes from the shared pass. */
    boolean covers(ThresholdGate gate) {
        return gates.stream().anyMatch(shared -> shared == gate);
    }

    /** The interval of {@code gate} on all rows; rethrows what its method threw. */
    Interval interval(ThresholdGate gate, QualityState state) throws Exception {
        return attempts(state).get(gate).get();
    }

    private synchronized Map<ThresholdGate, Resampling.Attempt> attempts(QualityState state) {
        if (attempts == null) {
            double[] confidences = gates.stream().mapToDouble(gate -> gate.threshold().confidence()).toArray();
            List<Resampling.MetricOfView> metrics = gates.stream().<Resampling.MetricOfView>map(
                    gate -> view -> gate.gate().apply(state.instance(), view)).toList();
            List<Resampling.Attempt> all = Resampling.intervals(new Bootstrap(state.seed(), state.resamples(),
                    Bootstrap.DEFAULT_CONFIDENCE), state.threads(), state.view(), metrics, confidences);
            Map<ThresholdGate, Resampling.Attempt> byGate = new IdentityHashMap<>();
            for (int g = 0; g < gates.size(); g++) {
                byGate.put(gates.get(g), all.get(g));
            }
            attempts = byGate;
        }
        return attempts;
    }
}
