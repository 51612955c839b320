package dev.mlgate.quality.internal;

import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.Resamplable;
import java.util.function.Function;

/**
 * Bootstrap intervals of a gate method's metric: the method is called on the view re-weighted by each
 * resample's Poisson weights ({@code view.withWeights(w)}), so user-written metrics get intervals too.
 */
final class Resampling {

    private Resampling() {
    }

    /** A metric of a view of any task; may throw what the user's gate method throws. */
    @FunctionalInterface
    interface MetricOfView {

        Metric apply(Resamplable<?> view) throws Exception;
    }

    /** The interval of {@code metric} on {@code view}; an exception of the metric is rethrown as is. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Interval interval(Bootstrap bootstrap, Resamplable<?> view, MetricOfView metric) throws Exception {
        Function<Resamplable<?>, Metric> function = resample -> {
            try {
                return metric.apply(resample);
            } catch (Exception e) {
                throw new GateFailure(e);
            }
        };
        try {
            return bootstrap.interval((Resamplable) view, (Function) function);
        } catch (GateFailure failure) {
            throw (Exception) failure.getCause();
        }
    }

    /** Carries a gate method's exception through the bootstrap's {@link Function}. */
    private static final class GateFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        GateFailure(Exception cause) {
            super(cause);
        }
    }
}
