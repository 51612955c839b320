package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.metrics.Resamplable;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes comparison gates' {@link Estimate}s on two views of the same rows: the metric on each, the
 * paired bootstrap interval of the (possibly relative) difference, and the p-value of the gate's test
 * ({@link Significance}). Gates estimated together on the same views share one bootstrap pass: each
 * resample's weights are drawn once for all of them, and since every gate's bootstrap uses the suite's
 * seed, each interval is the one the gate's own bootstrap would give. Resamples run on {@code threads}
 * threads ({@code mlgate.threads}) with the same results as on one.
 */
record Estimator(Object instance, long seed, int resamples, int threads) {

    /** A gate's method and requirement. */
    record Gate(ComparisonMethod method, Requirement requirement) {
    }

    /** A gate's estimate, or what its method (or its test) threw. */
    record Attempt(Estimate estimate, Exception failure) {

        Estimate get() throws Exception {
            if (failure != null) {
                throw failure;
            }
            return estimate;
        }
    }

    Estimate estimate(ComparisonMethod method, Requirement requirement, Resamplable<?> candidateView,
            Resamplable<?> baselineView) throws Exception {
        return estimates(List.of(new Gate(method, requirement)), candidateView, baselineView).get(0).get();
    }

    /** Every gate's estimate on the same two views, in the order given, with one shared bootstrap pass. */
    List<Attempt> estimates(List<Gate> gates, Resamplable<?> candidateView, Resamplable<?> baselineView)
            throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        List<Metric[]> values = new ArrayList<>();
        List<PairedBootstrap.Shared<Object>> shared = new ArrayList<>();
        for (Gate gate : gates) {
            Metric[] both = new Metric[2];
            attempts.add(pointEstimate(gate, candidateView, baselineView, both));
            values.add(both);
            if (attempts.get(attempts.size() - 1) == null) {
                shared.add(new PairedBootstrap.Shared<>(view -> gate.method().apply(instance, view),
                        gate.requirement().relative(), gate.requirement().intervalLevel()));
            }
        }
        List<PairedBootstrap.Outcome> intervals = shared.isEmpty() ? List.of() : bootstrap(shared, candidateView,
                baselineView);
        int next = 0;
        for (int g = 0; g < gates.size(); g++) {
            if (attempts.get(g) == null) {
                attempts.set(g, complete(gates.get(g), values.get(g), candidateView, baselineView,
                        intervals.get(next++)));
            }
        }
        return attempts;
    }

    /** The attempt when it is settled without a bootstrap (a failure or an undefined comparison), else null. */
    private Attempt pointEstimate(Gate gate, Resamplable<?> candidateView, Resamplable<?> baselineView,
            Metric[] both) {
        try {
            both[0] = gate.method().apply(instance, candidateView);
            both[1] = gate.method().apply(instance, baselineView);
        } catch (Exception e) {
            return new Attempt(null, e);
        }
        Metric candidate = both[0];
        Metric baseline = both[1];
        int rows = candidateView.size();
        if (!candidate.isDefined() || !baseline.isDefined()) {
            Metric undefined = candidate.isDefined() ? baseline : candidate;
            return new Attempt(Estimate.undefined(candidate.name(), candidate.direction(), rows, "the "
                    + (undefined == candidate ? "candidate's " : "baseline's ") + undefined.undefinedReason()), null);
        }
        if (gate.requirement().relative() && baseline.value() == 0) {
            return new Attempt(Estimate.undefined(candidate.name(), candidate.direction(), rows, "the relative change"
                    + " is undefined: the baseline's " + baseline.name() + " is 0"), null);
        }
        return null;
    }

    private static Attempt complete(Gate gate, Metric[] both, Resamplable<?> candidateView,
            Resamplable<?> baselineView, PairedBootstrap.Outcome interval) {
        if (interval.failure() != null) {
            return new Attempt(null, interval.failure());
        }
        Metric candidate = both[0];
        Metric baseline = both[1];
        double difference = candidate.value() - baseline.value();
        double judged = gate.requirement().relative() ? difference / Math.abs(baseline.value()) : difference;
        try {
            Significance.Outcome test = Significance.test(gate.method(), gate.requirement(), candidate, baseline,
                    candidateView, baselineView, interval.result());
            return new Attempt(new Estimate(candidate.name(), candidate.direction(), candidateView.size(),
                    candidate.value(), baseline.value(), difference, judged, interval.result(), test.name(),
                    test.pValue(), test.details(), null), null);
        } catch (RuntimeException e) {
            return new Attempt(null, e);
        }
    }

    /** The shared paired bootstrap, on whichever view the comparison has. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<PairedBootstrap.Outcome> bootstrap(List<PairedBootstrap.Shared<Object>> metrics,
            Resamplable<?> candidate, Resamplable<?> baseline) throws Exception {
        PairedBootstrap bootstrap = new PairedBootstrap(seed, resamples, metrics.get(0).confidence());
        return bootstrap.differences((Resamplable) candidate, (Resamplable) baseline, (List) metrics, threads);
    }
}
