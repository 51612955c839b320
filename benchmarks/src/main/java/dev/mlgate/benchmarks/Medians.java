package dev.mlgate.benchmarks;

import java.util.Arrays;

/** Medians of interleaved benchmark rounds: robust to a round slowed by other work on the machine. */
final class Medians {

    private Medians() {
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The median of the per-round ratios {@code a[i] / b[i]}: each ratio from one round, measured together. */
    static double medianRatio(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        return median(ratios);
    }
}
