package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;

/**
 * Computes a comparison gate's {@link Estimate} on two views of the same rows: the metric on each, the
 * paired bootstrap interval of the (possibly relative) difference, and the p-value of the gate's test
 * ({@link Significance}).
 */
record Estimator(Object instance, long seed, int resamples) {

    Estimate estimate(ComparisonMethod method, Requirement requirement, Resamplable<?> candidateView,
            Resamplable<?> baselineView) throws Exception {
        Metric candidate = method.apply(instance, candidateView);
        Metric baseline = method.apply(instance, baselineView);
        int rows = candidateView.size();
        if (!candidate.isDefined() || !baseline.isDefined()) {
            Metric undefined = candidate.isDefined() ? baseline : candidate;
            return Estimate.undefined(candidate.name(), candidate.direction(), rows, "the "
                    + (undefined == candidate ? "candidate's " : "baseline's ") + undefined.undefinedReason());
        }
        double difference = candidate.value() - baseline.value();
        if (requirement.relative() && baseline.value() == 0) {
            return Estimate.undefined(candidate.name(), candidate.direction(), rows, "the relative change is undefined:"
                    + " the baseline's " + baseline.name() + " is 0");
        }
        double judged = requirement.relative() ? difference / Math.abs(baseline.value()) : difference;
        PairedBootstrap.Result interval = bootstrap(method, requirement, candidateView, baselineView);
        Significance.Outcome test = Significance.test(method, requirement, candidate, baseline, candidateView,
                baselineView, interval);
        return new Estimate(candidate.name(), candidate.direction(), rows, candidate.value(), baseline.value(),
                difference, judged, interval, test.name(), test.pValue(), test.details(), null);
    }

    /** The shared paired bootstrap, on whichever view the comparison has. */
    private PairedBootstrap.Result bootstrap(ComparisonMethod method, Requirement requirement, Resamplable<?> candidate,
            Resamplable<?> baseline) throws Exception {
        PairedBootstrap bootstrap = new PairedBootstrap(seed, resamples, requirement.intervalLevel());
        PairedBootstrap.MetricFunction<Object> metric = view -> method.apply(instance, view);
        boolean relative = requirement.relative();
        if (candidate instanceof BinaryScores binary) {
            return bootstrap.difference(binary, (BinaryScores) baseline, metric, relative);
        }
        if (candidate instanceof RegressionPredictions regression) {
            return bootstrap.difference(regression, (RegressionPredictions) baseline, metric, relative);
        }
        return bootstrap.difference((MulticlassPredictions) candidate, (MulticlassPredictions) baseline, metric,
                relative);
    }
}
