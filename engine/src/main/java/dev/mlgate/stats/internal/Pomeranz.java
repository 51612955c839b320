package dev.mlgate.stats.internal;

/**
 * {@code P(D_n <= d)} by Pomeranz's (1974) recursion (CACM Algorithm 487), in the form described by
 * Simard and L'Ecuyer (2011), section 2.
 *
 * <p>With {@code t = n d = l + f} ({@code l} integer, {@code 0 <= f < 1}) and
 * {@code g = min(f, 1 - f)}, the boundary points {@code A_1 <= ... <= A_{2n+2}} of the strip
 * {@code |F_n - F| < d} are spaced by {@code g}, {@code 1 - 2g} or {@code 2g} (in units of
 * {@code 1/n}). Row {@code i} of the recursion is the convolution of row {@code i - 1} with Poisson
 * weights {@code (delta/n)^k / k!} for the spacing {@code delta = A_{i+1} - A_i}, restricted to the
 * admissible index band {@code [j1(i), j2(i)]}. The answer is {@code n!} times the entry for index
 * {@code n} of the last row. Rows are rescaled by {@code 2^128} when they become tiny.
 */
final class Pomeranz {

    private static final int SCALE_EXPONENT = 128;
    private static final double SCALE_UP = Math.scalb(1.0, SCALE_EXPONENT);
    private static final double SCALE_DOWN = Math.scalb(1.0, -SCALE_EXPONENT);

    private Pomeranz() {
    }

    static double cdf(int n, double d) {
        double t = n * d;
        int l = (int) Math.floor(t);
        double f = t - l;
        double g = Math.min(f, 1.0 - f);
        int ceilF = f > 0 ? 1 : 0;
        int roundF = f > 0.5 ? 1 : 0;
        int width = 2 * (l + 1);
        double[] edgeWeights = poissonWeights(g / n, width);
        double[] doubleWeights = poissonWeights(2 * g / n, width);
        double[] middleWeights = poissonWeights((1 - 2 * g) / n, width);

        double[] previous = new double[width];
        double[] current = new double[width];
        current[0] = 1.0;
        int exponent = 0;
        int[] band = band(0, n, l, ceilF, roundF);
        int currentStart = band[0];
        for (int i = 1; i <= 2 * n + 1; i++) {
            int previousStart = currentStart;
            double[] swap = previous;
            previous = current;
            current = swap;
            java.util.Arrays.fill(current, 0.0);
            band = band(i, n, l, ceilF, roundF);
            double[] weights = (i == 1 || i == 2 * n + 1) ? edgeWeights
                    : (i % 2 == 1 ? doubleWeights : middleWeights);
            if (band[1] - previousStart + 1 > 0) {
                double max = 0.0;
                for (int j = band[0]; j <= band[1]; j++) {
                    double sum = 0.0;
                    int first = Math.max(previousStart, j - width + 1);
                    int last = Math.min(j, previousStart + width - 1);
                    for (int a = first; a <= last; a++) {
                        sum += previous[a - previousStart] * weights[j - a];
                    }
                    current[j - band[0]] = sum;
                    max = Math.max(max, sum);
                }
                if (max > 0 && max < SCALE_DOWN) {
                    for (int j = 0; j < width; j++) {
                        current[j] *= SCALE_UP;
                    }
                    exponent -= SCALE_EXPONENT;
                }
                currentStart = band[0];
            }
        }
        int index = n - currentStart;
        double answer = index >= 0 && index < width ? current[index] : 0.0;
        for (int k = 1; k <= n; k++) {
            if (Math.abs(answer) > SCALE_UP) {
                answer *= SCALE_DOWN;
                exponent += SCALE_EXPONENT;
            }
            answer *= k;
        }
        return KolmogorovDistribution.clip(Math.scalb(answer, exponent));
    }

    /** {@code w[k] = step^k / k!}, k = 0..size-1. */
    private static double[] poissonWeights(double step, int size) {
        double[] weights = new double[size];
        weights[0] = 1.0;
        for (int k = 1; k < size; k++) {
            weights[k] = weights[k - 1] * step / k;
        }
        return weights;
    }

    /**
     * Admissible indices {@code [j1, j2]} of row {@code i}: the number of sample points that may lie
     * below boundary point {@code A_{i+1}} without leaving the strip, clipped to {@code [0, n]}.
     * Odd rows sit after a lower-boundary point, even rows after an upper-boundary point.
     */
    private static int[] band(int i, int n, int l, int ceilF, int roundF) {
        int low;
        int high;
        if (i == 0) {
            low = -l - ceilF - 1;
            high = l + ceilF - 1;
        } else {
            int half = (i + 1) / 2;
            if ((i + 1) % 2 == 0) {
                if (half == n + 1) {
                    low = n - l - ceilF - 1;
                    high = n + l + ceilF - 1;
                } else {
                    low = half - l - roundF - 2;
                    high = half + l + ceilF - 2;
                }
            } else {
                low = half - l - 2;
                high = half + l + roundF - 1;
            }
        }
        return new int[] {Math.max(low + 2, 0), Math.min(high, n)};
    }
}
