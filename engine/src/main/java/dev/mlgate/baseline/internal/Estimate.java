package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.metrics.Direction;
import java.util.Map;

/**
 * What a comparison measured on a set of joined rows: both models' metric, the difference, its paired
 * bootstrap interval and the test's p-value; or why the comparison is undefined.
 *
 * @param metric the metric's name
 * @param direction whether higher is better
 * @param rows the number of joined rows compared
 * @param candidate the candidate's value
 * @param baseline the baseline's value
 * @param difference {@code candidate - baseline}
 * @param judged the difference the gate judges: {@code difference}, or {@code difference / |baseline|} when relative
 * @param interval the paired bootstrap interval of {@code judged}
 * @param test the test's name, such as {@code DeLong}
 * @param pValue the test's two-sided p-value for "no difference", NaN when undefined
 * @param testDetails the test's own statistics, such as {@code z} and {@code se}, for the report
 * @param undefinedReason why nothing could be judged, or null
 */
record Estimate(String metric, Direction direction, int rows, double candidate, double baseline, double difference,
        double judged, PairedBootstrap.Result interval, String test, double pValue, Map<String, Object> testDetails,
        String undefinedReason) {

    static Estimate undefined(String metric, Direction direction, int rows, String reason) {
        return new Estimate(metric, direction, rows, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, "", Double.NaN,
                Map.of(), reason);
    }

    boolean isDefined() {
        return undefinedReason == null;
    }

    /** The judged difference turned so that positive means "the candidate is better". */
    double improvement() {
        return oriented(judged);
    }

    /** The interval of {@link #improvement()}, lower bound first. */
    double[] improvementInterval() {
        double a = oriented(interval.lower());
        double b = oriented(interval.upper());
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    private double oriented(double value) {
        return direction == Direction.HIGHER_IS_BETTER ? value : -value;
    }
}
