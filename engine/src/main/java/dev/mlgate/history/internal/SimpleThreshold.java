package dev.mlgate.history.internal;

import java.util.Locale;

/**
 * Deequ's {@code SimpleThresholdStrategy}: {@code lower <= x(t) <= upper}. Needs no history; it is here so
 * that a fixed range can be declared the same way as the strategies that learn one.
 */
final class SimpleThreshold implements Detector {

    private final double lower;
    private final double upper;

    SimpleThreshold(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "simple threshold [%s, %s]", lower, upper);
    }

    @Override
    public int needed() {
        return 0;
    }

    @Override
    public Detection detect(double[] history, double current) {
        return Detection.of(current, lower, upper, String.format(Locale.ROOT, "value %s, accepted [%s, %s]",
                current, lower, upper));
    }
}
