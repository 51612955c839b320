package dev.mlgate.engine.internal.check;

import dev.mlgate.metrics.Direction;
import dev.mlgate.metrics.Metric;

/**
 * Turns what a user's gate method returned into the metric a verdict judges. A NaN or an infinite value
 * is undefined, with the reason: {@code +Infinity >= 0.5} holds in Java, but an infinite metric is a
 * broken computation (a division by zero, an overflow), never evidence that a bound is met.
 */
public final class FiniteMetrics {

    private FiniteMetrics() {
    }

    /** The metric of a method returning a plain number, named after the method ({@code where} names it). */
    public static Metric of(String name, double value, Direction direction, String where) {
        if (Double.isNaN(value)) {
            return Metric.undefined(name, direction, where + " returned NaN");
        }
        return Double.isInfinite(value) ? notFinite(name, value, direction, where) : Metric.of(name, value, direction);
    }

    /** The metric returned, or an undefined one when its value is infinite. */
    public static Metric checked(Metric metric, String where) {
        return metric.isDefined() && Double.isInfinite(metric.value())
                ? notFinite(metric.name(), metric.value(), metric.direction(), where)
                : metric;
    }

    private static Metric notFinite(String name, double value, Direction direction, String where) {
        return Metric.undefined(name, direction, where + " returned " + value + ", which is not a finite number");
    }
}
