package dev.mlgate.assertions.internal;

import static dev.mlgate.assertions.error.ShouldBeSignificantlyBetterThanBaseline.shouldBeSignificantlyBetterThanBaseline;
import static dev.mlgate.assertions.error.ShouldNotBeWorseThanBaseline.shouldNotBeWorseThanBaseline;

import dev.mlgate.assertions.Comparison;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Direction;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.metrics.Resamplable;
import dev.mlgate.stats.DeLong;
import dev.mlgate.stats.DeLongResult;
import java.util.function.Function;
import org.assertj.core.api.AssertionInfo;

/**
 * The checks behind {@link dev.mlgate.assertions.ComparisonAssert}: metrics from the engine's views, DeLong's
 * test from {@code dev.mlgate.stats}, and the engine's {@link PairedBootstrap}. Not for users.
 */
public final class ComparisonAssertions {

    private ComparisonAssertions() {
    }

    public static <V extends Resamplable<V>> void notWorse(AssertionInfo info, Comparison<V> comparison,
            Function<? super V, Metric> metric, double margin) {
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("margin must be at least 0, got " + margin);
        }
        Metric candidate = defined(info, "candidate ", comparison.candidate(), metric);
        Metric baseline = defined(info, "baseline ", comparison.baseline(), metric);
        boolean higher = candidate.direction() == Direction.HIGHER_IS_BETTER;
        double worseBy = higher ? baseline.value() - candidate.value() : candidate.value() - baseline.value();
        if (worseBy > margin) {
            double limit = higher ? baseline.value() - margin : baseline.value() + margin;
            throw Fail.with(info, shouldNotBeWorseThanBaseline(describe(candidate, baseline), margin, worseBy),
                    candidate.value(), limit);
        }
    }

    public static <V extends Resamplable<V>> void significantlyBetter(AssertionInfo info, Comparison<V> comparison,
            Function<? super V, Metric> metric, double alpha, long seed, int resamples) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        Metric candidate = defined(info, "candidate ", comparison.candidate(), metric);
        Metric baseline = defined(info, "baseline ", comparison.baseline(), metric);
        String failure = comparison.candidate() instanceof BinaryScores c && candidate.name().equals("roc_auc")
                ? deLong(c, (BinaryScores) comparison.baseline(), alpha)
                : bootstrap(comparison, metric, candidate.value() - baseline.value(), candidate.direction(), alpha, seed,
                        resamples);
        if (failure != null) {
            throw Fail.with(info, shouldBeSignificantlyBetterThanBaseline(describe(candidate, baseline), alpha,
                    failure));
        }
    }

    /** Null when DeLong's test finds the candidate's ROC AUC significantly higher, else why not. */
    private static String deLong(BinaryScores candidate, BinaryScores baseline, double alpha) {
        Rows rows = Rows.expand(candidate, baseline);
        DeLongResult result;
        try {
            result = DeLong.test(rows.labels, rows.candidate, rows.baseline, 1 - alpha);
        } catch (IllegalArgumentException e) {
            return "DeLong's test for correlated ROC AUCs cannot be computed: " + e.getMessage();
        }
        String found = "DeLong's test for correlated ROC AUCs gave a difference of " + result.difference() + ", "
                + Describe.percent(1 - alpha) + " CI [" + result.lower() + ", " + result.upper() + "], p = "
                + result.pValue();
        if (!(result.pValue() < alpha)) {
            return found + " >= " + alpha;
        }
        return result.difference() > 0 ? null : found + ", in the baseline's favour";
    }

    /**
     * Null when the engine's paired bootstrap (the one baseline comparison gates use) finds the candidate
     * better with a two-sided p-value below {@code alpha}, else why not.
     */
    private static <V extends Resamplable<V>> String bootstrap(Comparison<V> comparison,
            Function<? super V, Metric> metric, double difference, Direction direction, double alpha, long seed,
            int resamples) {
        PairedBootstrap.Result result;
        try {
            result = new PairedBootstrap(seed, resamples, 1 - alpha)
                    .difference(comparison.candidate(), comparison.baseline(), metric::apply, false);
        } catch (Exception e) {
            return "the paired bootstrap cannot be computed: " + e.getMessage();
        }
        String method = "the paired Poisson bootstrap (" + resamples + " resamples, seed " + seed + ")";
        if (result.undefinedReason() != null) {
            return method + " cannot decide: " + result.undefinedReason();
        }
        String found = method + " gave a difference of " + difference + ", " + Describe.percent(1 - alpha)
                + " percentile interval [" + result.lower() + ", " + result.upper() + "], p = " + result.pValue();
        boolean candidateAhead = direction == Direction.HIGHER_IS_BETTER ? difference > 0 : difference < 0;
        if (!(result.pValue() < alpha)) {
            return found + " >= " + alpha;
        }
        return candidateAhead ? null : found + ", in the baseline's favour";
    }

    private static <V extends Resamplable<V>> Metric defined(AssertionInfo info, String side, V view,
            Function<? super V, Metric> metric) {
        Metric value = metric.apply(view);
        if (!value.isDefined()) {
            throw MetricAssertions.undefinedMetric(info, side + Describe.predictions(view), value);
        }
        return value;
    }

    private static String describe(Metric candidate, Metric baseline) {
        return "candidate " + candidate.name() + " = " + candidate.value() + " versus baseline " + baseline.name()
                + " = " + baseline.value() + " (" + (candidate.direction() == Direction.HIGHER_IS_BETTER
                ? "higher" : "lower") + " is better)";
    }

    /** The rows of two binary views with integer weights expanded into repeated rows, for DeLong's test. */
    private record Rows(boolean[] labels, double[] candidate, double[] baseline) {

        static Rows expand(BinaryScores candidate, BinaryScores baseline) {
            int total = 0;
            for (int row = 0; row < candidate.size(); row++) {
                total += candidate.weight(row);
            }
            boolean[] labels = new boolean[total];
            double[] c = new double[total];
            double[] b = new double[total];
            int at = 0;
            for (int row = 0; row < candidate.size(); row++) {
                for (int k = 0; k < candidate.weight(row); k++, at++) {
                    labels[at] = candidate.isPositive(row);
                    c[at] = candidate.score(row);
                    b[at] = baseline.score(row);
                }
            }
            return new Rows(labels, c, b);
        }
    }
}
