package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Whether a gate's explicitly requested test fits its metric: DeLong's test compares ROC AUCs, McNemar's
 * compares paired correctness, so it fits an {@code accuracy@t} (or a {@code double} gate, tested at the
 * annotation's threshold). What a gate computes is only known by calling it, so the planner calls it
 * once on a small probe view whose ROC AUC (11/12) no accuracy on its seven rows can equal.
 */
final class TestFit {

    private static final BinaryScores PROBE = BinaryScores.of(new double[] {0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2},
            new boolean[] {true, true, false, true, false, false, false});

    private TestFit() {
    }

    /** What is wrong, naming {@code where}, the test and the one that fits; empty when it fits or cannot be told. */
    static Optional<String> mismatch(ComparisonMethod gate, Test test, String where) {
        if (test == Test.AUTO || test == Test.BOOTSTRAP) {
            return Optional.empty();
        }
        Optional<Metric> probed = probe(gate);
        if (probed.isEmpty()) {
            return Optional.empty();
        }
        Metric metric = probed.get();
        boolean isDouble = gate.method().getReturnType() != Metric.class;
        if (test == Test.DELONG) {
            double auc = PROBE.rocAuc().value();
            if (metric.isDefined() && Math.abs(metric.value() - auc) <= 1e-9) {
                return Optional.empty();
            }
            return Optional.of(where + ": test = DELONG compares two ROC AUCs, but the gate computes "
                    + metric.name() + "; declare test = " + fitting(metric.name(), isDouble) + " or AUTO");
        }
        if (isDouble || Significance.isAccuracy(metric.name())) {
            return Optional.empty();
        }
        return Optional.of(where + ": test = " + test + " compares paired correctness at a threshold and fits an"
                + " accuracy (accuracy@t), but the gate computes " + metric.name() + "; declare test = "
                + fitting(metric.name(), false) + " or AUTO");
    }

    private static Test fitting(String metric, boolean isDouble) {
        Test auto = Significance.effective(Test.AUTO, metric, PROBE);
        return isDouble && auto == Test.DELONG ? Test.BOOTSTRAP : auto;
    }

    private static Optional<Metric> probe(ComparisonMethod gate) {
        try {
            Object instance = null;
            if (!Modifier.isStatic(gate.method().getModifiers())) {
                Constructor<?> constructor = gate.method().getDeclaringClass().getDeclaredConstructor();
                constructor.setAccessible(true);
                instance = constructor.newInstance();
            }
            return Optional.of(gate.apply(instance, PROBE));
        } catch (Exception | LinkageError e) {
            // a gate that cannot run on the probe is judged when it runs; the estimator checks the fit again
            return Optional.empty();
        }
    }
}
