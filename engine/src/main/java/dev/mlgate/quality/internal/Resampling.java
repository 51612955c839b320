package dev.mlgate.quality.internal;

import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.Resamplable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bootstrap intervals of gate methods' metrics: each method is called on the view re-weighted by each
 * resample's Poisson weights ({@code view.withWeights(w)}), so user-written metrics get intervals too.
 * Several gates on the same view share one pass over the resamples, each getting the interval its own
 * bootstrap would give.
 */
final class Resampling {

    private Resampling() {
    }

    /** A metric of a view of any task; may throw what the user's gate method throws. */
    @FunctionalInterface
    interface MetricOfView {

        Metric apply(Resamplable<?> view) throws Exception;
    }

    /** A gate's interval, or what its method threw. */
    record Attempt(Interval interval, Exception failure) {

        Interval get() throws Exception {
            if (failure != null) {
                throw failure;
            }
            return interval;
        }
    }

    /** The interval of {@code metric} on {@code view}; an exception of the metric is rethrown as is. */
    static Interval interval(Bootstrap bootstrap, int threads, Resamplable<?> view, MetricOfView metric)
            throws Exception {
        return intervals(bootstrap, threads, view, List.of(metric), new double[] {bootstrap.confidence()}).get(0).get();
    }

    /** The intervals of {@code metrics} on {@code view}, each at its confidence, in one pass. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Attempt> intervals(Bootstrap bootstrap, int threads, Resamplable<?> view, List<MetricOfView> metrics,
            double[] confidences) {
        List<Bootstrap.Shared> shared = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            MetricOfView metric = metrics.get(m);
            shared.add(new Bootstrap.Shared<Resamplable<?>>(resample -> {
                try {
                    return metric.apply(resample);
                } catch (Exception e) {
                    throw new GateFailure(e);
                }
            }, confidences[m]));
        }
        List<Bootstrap.Outcome> outcomes = bootstrap.intervals((Resamplable) view, (List) shared, threads);
        List<Attempt> attempts = new ArrayList<>();
        for (Bootstrap.Outcome outcome : outcomes) {
            RuntimeException failure = outcome.failure();
            attempts.add(new Attempt(outcome.interval(), failure instanceof GateFailure gate
                    ? (Exception) gate.getCause() : failure));
        }
        return attempts;
    }

    /** Carries a gate method's exception through the bootstrap's {@link java.util.function.Function}. */
    private static final class GateFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        GateFailure(Exception cause) {
            super(cause);
        }
    }
}
