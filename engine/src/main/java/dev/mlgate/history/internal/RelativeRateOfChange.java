package dev.mlgate.history.internal;

import java.util.Locale;

/**
 * Deequ's {@code RelativeRateOfChangeStrategy}: the ratio of the new value to the value {@code k} runs
 * earlier, {@code r(t) = x(t) / x(t-k)}, must lie in {@code [maxDecrease, maxIncrease]} (0.9 and 1.1 accept
 * a change of 10% either way). Needs {@code k} earlier values. Where Deequ divides by 0 (giving an infinite
 * or undefined ratio), no verdict is given: a ratio to 0 says nothing about the size of a change.
 */
final class RelativeRateOfChange implements Detector {

    private final double maxDecrease;
    private final double maxIncrease;
    private final int order;

    RelativeRateOfChange(double maxDecrease, double maxIncrease, int order) {
        this.maxDecrease = maxDecrease;
        this.maxIncrease = maxIncrease;
        this.order = order;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "relative rate of change over %d run%s within [%s, %s]", order,
                order == 1 ? "" : "s", maxDecrease, maxIncrease);
    }

    @Override
    public int needed() {
        return order;
    }

    @Override
    public Detection detect(double[] history, double current) {
        double earlier = history[history.length - order];
        if (earlier == 0) {
            return Detection.undefined(String.format(Locale.ROOT, "the value %d run%s earlier is 0, so the ratio"
                    + " %s / 0 is undefined", order, order == 1 ? "" : "s", current));
        }
        double ratio = current / earlier;
        // accepted values: earlier * bound, the bounds swapping when the earlier value is negative
        double lower = earlier > 0 ? earlier * maxDecrease : earlier * maxIncrease;
        double upper = earlier > 0 ? earlier * maxIncrease : earlier * maxDecrease;
        boolean anomalous = ratio < maxDecrease || ratio > maxIncrease;
        return new Detection(anomalous, nanToInfinity(lower, -1), nanToInfinity(upper, 1), String.format(Locale.ROOT,
                "ratio to the value %s %d run%s earlier is %s, accepted [%s, %s]", earlier, order,
                order == 1 ? "" : "s", ratio, maxDecrease, maxIncrease), false);
    }

    /** {@code 0 * infinity} is NaN; an unbounded side stays unbounded. */
    private static double nanToInfinity(double bound, int sign) {
        return Double.isNaN(bound) ? sign * Double.POSITIVE_INFINITY : bound;
    }
}
