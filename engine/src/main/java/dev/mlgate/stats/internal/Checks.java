package dev.mlgate.stats.internal;

/** Argument checks shared by the statistics classes; every failure names the argument. */
public final class Checks {

    private Checks() {
    }

    /** Requires a non-null, non-empty sample of finite values. */
    public static void requireSample(double[] sample, String name) {
        if (sample == null) {
            throw new IllegalArgumentException(name + " sample must not be null");
        }
        if (sample.length == 0) {
            throw new IllegalArgumentException(name + " sample must not be empty");
        }
        for (int i = 0; i < sample.length; i++) {
            if (!Double.isFinite(sample[i])) {
                throw new IllegalArgumentException(
                        name + " sample must contain only finite values, but value at index " + i + " is "
                                + sample[i]);
            }
        }
    }

    /** Requires non-negative, non-null counts of equal length with a positive total on each side. */
    public static void requireCounts(long[] counts, String name) {
        if (counts == null) {
            throw new IllegalArgumentException(name + " counts must not be null");
        }
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(
                        name + " counts must be non-negative, but count at index " + i + " is " + counts[i]);
            }
            total += counts[i];
        }
        if (total == 0) {
            throw new IllegalArgumentException(name + " counts must not all be zero (empty sample)");
        }
    }

    /** Requires a probability level strictly between 0 and 1. */
    public static void requireLevel(double level, String name) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException(name + " must be strictly between 0 and 1, but was " + level);
        }
    }
}
