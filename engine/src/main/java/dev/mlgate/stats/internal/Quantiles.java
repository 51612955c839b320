package dev.mlgate.stats.internal;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7), the
 * default of {@code numpy.quantile} and R's {@code quantile}: for a sorted sample
 * {@code x[0..n-1]} and probability {@code q}, {@code h = q (n - 1)},
 * {@code Q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}. The interpolation is
 * evaluated in NumPy's two-sided form (from the upper neighbour when the fraction is at least 1/2)
 * so that the doubles agree with NumPy's.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** The type-7 quantile of a sorted, non-empty sample. */
    public static double ofSorted(double[] sorted, double q) {
        int n = sorted.length;
        double h = q * (n - 1);
        int below = (int) Math.floor(h);
        if (below >= n - 1) {
            return sorted[n - 1];
        }
        if (below < 0) {
            return sorted[0];
        }
        return interpolate(sorted[below], sorted[below + 1], h - below);
    }

    /**
     * {@code a + fraction (b - a)}, from the upper neighbour {@code b} when the fraction is at least 1/2,
     * as NumPy's {@code _lerp} evaluates it.
     */
    public static double interpolate(double a, double b, double fraction) {
        double diff = b - a;
        return fraction >= 0.5 ? b - diff * (1 - fraction) : a + diff * fraction;
    }

    /** Number of values in the sorted array that are strictly less than {@code x} ({@code searchsorted 'left'}). */
    public static int countBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of values in the sorted array that are at most {@code x} ({@code searchsorted 'right'}). */
    public static int countAtMost(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
