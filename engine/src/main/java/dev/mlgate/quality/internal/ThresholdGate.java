package dev.mlgate.quality.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

/**
 * An absolute threshold on a gate method's metric over the whole evaluation set: passes when the
 * metric (or its interval bound) satisfies the threshold, fails when not, and is inconclusive when the
 * metric is undefined (for example ROC AUC on rows of one class), with the reason.
 */
record ThresholdGate(GateMethod gate, Threshold threshold) implements Check<QualityState> {

    @Override
    public Evaluation evaluate(QualityState state) throws Exception {
        return judge(state, state.scores(), state.file().getFileName() + ", " + state.scores().size() + " rows");
    }

    /** The verdict of this gate on {@code view}, described in messages as {@code where}. */
    Verdict judge(QualityState state, BinaryScores view, String where) throws Exception {
        Metric metric = gate.apply(state.instance(), view);
        if (!metric.isDefined()) {
            return Verdict.inconclusive(metric.name() + " is undefined on " + where + ": " + metric.undefinedReason(),
                    Evidence.of(metric.name(), Double.NaN, threshold.describe()));
        }
        double observed = metric.value();
        Evidence evidence = Evidence.of(metric.name(), observed, threshold.describe());
        String message = metric.name() + " = " + Threshold.format(observed) + " on " + where + "; required "
                + threshold.describe();
        if (threshold.accepts(observed)) {
            return Verdict.passed(message, evidence);
        }
        return Verdict.failed(message, threshold.describe(), Threshold.format(observed), evidence);
    }
}
