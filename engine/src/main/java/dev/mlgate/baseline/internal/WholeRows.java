package dev.mlgate.baseline.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estimates of a suite's whole-row comparison gates, computed together on first use so that their
 * paired bootstraps share one pass over the resamples ({@link Estimator#estimates}): every declared gate
 * is estimated, selected or not, so that a gate's result does not depend on what else runs.
 */
final class WholeRows {

    private final List<ComparisonGate> gates;
    private Map<ComparisonGate, Estimator.Attempt> attempts;

    WholeRows(List<ComparisonGate> gates) {
        this.gates = List.copyOf(gates);
    }

    /** The estimate of {@code gate} on the joined rows; rethrows what its method threw. */
    Estimate estimate(ComparisonGate gate, BaselineState state) throws Exception {
        Estimator.Attempt attempt = attempts(state).get(gate);
        if (attempt == null) { // not declared on this suite: estimated alone
            return state.estimator().estimate(gate.method(), gate.requirement(), state.candidate(), state.baseline());
        }
        return attempt.get();
    }

    private synchronized Map<ComparisonGate, Estimator.Attempt> attempts(BaselineState state) throws Exception {
        if (attempts == null) {
            List<Estimator.Attempt> all = state.estimator().estimates(gates.stream()
                    .map(gate -> new Estimator.Gate(gate.method(), gate.requirement())).toList(), state.candidate(),
                    state.baseline());
            Map<ComparisonGate, Estimator.Attempt> byGate = new IdentityHashMap<>();
            for (int g = 0; g < gates.size(); g++) {
                byGate.put(gates.get(g), all.get(g));
            }
            attempts = byGate;
        }
        return attempts;
    }
}
