package dev.mlgate.quality.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.metrics.Bootstrap;
import dev.mlgate.metrics.Interval;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.Resamplable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An absolute threshold on a gate method's metric over the whole evaluation set: passes when the
 * metric (or, with a confidence level, the matching bound of its bootstrap interval) satisfies the
 * threshold, fails when not, and is inconclusive when there are no rows or the metric is undefined (for
 * example ROC AUC on rows of one class), with the reason.
 */
record ThresholdGate(GateMethod gate, Threshold threshold) implements Check<QualityState> {

    @Override
    public Evaluation evaluate(QualityState state) throws Exception {
        return judge(state, state.view(), state.whereAll());
    }

    /** The verdict of this gate on {@code view}, described in messages as {@code where}. */
    Verdict judge(QualityState state, Resamplable<?> view, String where) throws Exception {
        if (view.size() == 0) {
            return Verdict.inconclusive(QualityState.NO_ROWS + " in " + where,
                    Evidence.of(gate.method().getName(), Double.NaN, threshold.describe()));
        }
        if (threshold.onInterval()) {
            return judgeInterval(state, view, where);
        }
        Metric metric = gate.apply(state.instance(), view);
        if (!metric.isDefined()) {
            return undefined(metric, where);
        }
        double observed = metric.value();
        Evidence evidence = Evidence.of(metric.name(), observed, threshold.describe())
                .withDetails(Map.of("direction", direction(metric)));
        String message = metric.name() + " = " + Threshold.format(observed) + " on " + where + "; required "
                + threshold.describe();
        if (threshold.accepts(observed)) {
            return Verdict.passed(message, evidence);
        }
        return Verdict.failed(message, threshold.describe(), Threshold.format(observed), evidence);
    }

    private Verdict judgeInterval(QualityState state, Resamplable<?> view, String where) throws Exception {
        Bootstrap bootstrap = new Bootstrap(state.seed(), state.resamples(), threshold.confidence());
        Metric estimate = gate.apply(state.instance(), view);
        if (!estimate.isDefined()) {
            return undefined(estimate, where);
        }
        Interval interval = view == state.view() && state.intervals().covers(this)
                ? state.intervals().interval(this, state)
                : Resampling.interval(bootstrap, state.threads(), view, resample -> gate.apply(state.instance(), resample));
        String resampling = interval.resamples() + " resamples, " + interval.undefinedResamples() + " undefined, seed "
                + interval.seed();
        if (!interval.isDefined()) {
            return Verdict.inconclusive(estimate.name() + " has no " + percent() + " interval on " + where + " ("
                            + resampling + "): " + interval.undefinedReason(),
                    Evidence.of(estimate.name(), estimate.value(), threshold.describe())
                            .withDetails(details(estimate, interval)));
        }
        double bound = threshold.atLeast() ? interval.lower() : interval.upper();
        Evidence evidence = Evidence.of(estimate.name(), interval.estimate(), threshold.describe())
                .withInterval(interval.lower(), interval.upper())
                .withDetails(details(estimate, interval));
        String message = estimate.name() + " = " + Threshold.format(interval.estimate()) + ", " + percent()
                + " interval [" + Threshold.format(interval.lower()) + ", " + Threshold.format(interval.upper())
                + "] on " + where + " (" + interval.method() + ", " + resampling + "); required "
                + threshold.describe() + ", " + (threshold.atLeast() ? "lower" : "upper") + " bound is "
                + Threshold.format(bound);
        if (threshold.accepts(bound)) {
            return Verdict.passed(message, evidence);
        }
        return Verdict.failed(message, threshold.describe(), Threshold.format(bound), evidence);
    }

    private Verdict undefined(Metric metric, String where) {
        return Verdict.inconclusive(metric.name() + " is undefined on " + where + ": " + metric.undefinedReason(),
                Evidence.of(metric.name(), Double.NaN, threshold.describe())
                        .withDetails(Map.of("direction", direction(metric))));
    }

    private String percent() {
        return Threshold.format(threshold.confidence() * 100) + "%";
    }

    private static Map<String, Object> details(Metric estimate, Interval interval) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("direction", direction(estimate));
        details.put("confidence", interval.confidence());
        details.put("resamples", interval.resamples());
        details.put("resamples.undefined", interval.undefinedResamples());
        details.put("seed", interval.seed());
        details.put("interval.method", interval.method());
        return details;
    }

    /** {@code higher} or {@code lower}: which way the metric is better, for the report. */
    static String direction(Metric metric) {
        return metric.direction() == dev.mlgate.metrics.Direction.HIGHER_IS_BETTER ? "higher" : "lower";
    }
}
