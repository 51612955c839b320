package dev.mlgate.history.internal;

import java.util.Locale;

/**
 * Deequ's {@code AbsoluteChangeStrategy}: the order-{@code k} difference of the series at the new value,
 * {@code d1(t) = x(t) - x(t-1)} and {@code dk(t) = d(k-1)(t) - d(k-1)(t-1)} (for {@code k = 2}:
 * {@code x(t) - 2 x(t-1) + x(t-2)}), must lie in {@code [maxDecrease, maxIncrease]}.
 * Needs {@code k} earlier values. A value exactly on a bound is not an anomaly.
 */
final class AbsoluteChange implements Detector {

    private final double maxDecrease;
    private final double maxIncrease;
    private final int order;

    AbsoluteChange(double maxDecrease, double maxIncrease, int order) {
        this.maxDecrease = maxDecrease;
        this.maxIncrease = maxIncrease;
        this.order = order;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "absolute change of order %d within [%s, %s]", order, maxDecrease,
                maxIncrease);
    }

    @Override
    public int needed() {
        return order;
    }

    @Override
    public Detection detect(double[] history, double current) {
        double change = difference(history, current);
        // x(t) enters dk(t) with coefficient +1: the accepted values of x(t) are the bounds shifted
        double base = current - change;
        return Detection.of(current, base + maxDecrease, base + maxIncrease, String.format(Locale.ROOT,
                "change of order %d is %s, accepted [%s, %s]", order, change, maxDecrease, maxIncrease));
    }

    /** {@code dk(t)} with {@code x(t) = current}: differences of differences, as numpy's {@code diff(x, k)}. */
    double difference(double[] history, double current) {
        double[] window = new double[order + 1];
        System.arraycopy(history, history.length - order, window, 0, order);
        window[order] = current;
        for (int round = 0; round < order; round++) {
            for (int i = 0; i < window.length - 1 - round; i++) {
                window[i] = window[i + 1] - window[i];
            }
        }
        return window[0];
    }
}
