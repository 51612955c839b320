package dev.mlgate.history.internal;

import java.util.Locale;

/**
 * Deequ's {@code BatchNormalStrategy} (with {@code includeInterval = false}): the mean {@code m} and the
 * sample standard deviation {@code s = sqrt(sum (x(i) - m)^2 / (n - 1))} of the {@code n} earlier values
 * (the new value excluded); the new value must lie in {@code [m - lowerFactor * s, m + upperFactor * s]}.
 * Needs 2 earlier values.
 */
final class BatchNormal implements Detector {

    private final double lowerFactor;
    private final double upperFactor;

    BatchNormal(double lowerFactor, double upperFactor) {
        this.lowerFactor = lowerFactor;
        this.upperFactor = upperFactor;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "batch normal (%s sd below, %s sd above the mean)", lowerFactor,
                upperFactor);
    }

    @Override
    public int needed() {
        return 2;
    }

    @Override
    public Detection detect(double[] history, double current) {
        double mean = 0;
        for (int i = 0; i < history.length; i++) {
            mean += (history[i] - mean) / (i + 1);
        }
        double squares = 0;
        for (double value : history) {
            squares += (value - mean) * (value - mean);
        }
        double sd = Math.sqrt(squares / (history.length - 1));
        double lower = mean - lowerFactor * sd;
        double upper = mean + upperFactor * sd;
        return Detection.of(current, lower, upper, String.format(Locale.ROOT,
                "mean %s and standard deviation %s of %d earlier runs, accepted [%s, %s]", mean, sd, history.length,
                lower, upper));
    }
}
