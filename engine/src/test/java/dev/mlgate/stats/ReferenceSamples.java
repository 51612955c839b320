package dev.mlgate.stats;

/**
 * Deterministic samples shared with {@code src/test/resources/reference/stats_reference.py}: each
 * value is an integer formula followed by one division, so Java and NumPy produce identical doubles.
 */
final class ReferenceSamples {

    static final double[] SMALL_A = {0.61, 0.29, 0.06, 0.59, -1.1};
    static final double[] SMALL_B = {-0.42, 1.07, 0.33, 0.81, 1.94, 0.17, 0.58};
    static final double[] TIES_A = {1, 2, 2, 3, 3, 3, 4, 5};
    static final double[] TIES_B = {2, 3, 3, 4, 4, 5, 5, 6, 6};

    private ReferenceSamples() {
    }

    /** {@code x_i = ((i * mult + offset) mod mod) / scale}, i = 0..n-1 (Python: {@code wave}). */
    static double[] wave(int n, long mult, long mod, long offset, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = ((i * mult + offset) % mod) / scale;
        }
        return x;
    }

    /** {@code x_i = ((a i^2 + b i) mod mod) / scale}, i = 0..n-1 (Python: {@code quad}). */
    static double[] quad(int n, long a, long b, long mod, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            long li = i;
            x[i] = ((a * li * li + b * li) % mod) / scale;
        }
        return x;
    }

    /** Adds a constant to every value (Python: {@code array + shift}). */
    static double[] shift(double[] x, double shift) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] + shift;
        }
        return y;
    }

    static double[] constant(int n, double value) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, value);
        return x;
    }
}
