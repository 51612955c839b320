package dev.mlgate.stats;

import dev.mlgate.stats.internal.Checks;
import java.util.Optional;

/**
 * First Wasserstein (earth mover's) distance between two samples of a numeric column, matching
 * {@code scipy.stats.wasserstein_distance(reference, current)} (unweighted):
 * {@code W1 = integral |F_ref(x) - F_cur(x)| dx}, evaluated exactly as a sum over the gaps between
 * consecutive pooled values. It is in the unit of the column.
 *
 * <p>The <b>normalised</b> distance divides {@code W1} by the <b>population</b> standard deviation of
 * the reference sample ({@code ddof = 0}, NumPy's {@code np.std} default), giving a unit-free
 * number: 0.1 means the mass moved, on average, a tenth of a reference standard deviation. For a
 * constant reference (all values equal) the standard deviation is 0 and the normalised distance is undefined: the
 * result then carries {@code NaN} and a reason, never an infinity.
 *
 * <p>Empty or non-finite samples are rejected with {@link IllegalArgumentException}.
 */
public final class Wasserstein {

    private Wasserstein() {
    }

    /** {@code W1(reference, current)}. */
    public static double distance(double[] reference, double[] current) {
        Checks.requireSample(reference, "reference");
        Checks.requireSample(current, "current");
        return distance(SortedSample.sorting(reference.clone()), SortedSample.sorting(current.clone()));
    }

    /**
     * {@code W1(reference, current)} of two samples sorted once for several methods: one merge of the two
     * sorted runs, adding {@code |F_ref(x) - F_cur(x)| (y - x)} for each pooled value {@code x} and the next
     * larger one {@code y}, in ascending order (the gaps between equal pooled values add nothing).
     */
    public static double distance(SortedSample reference, SortedSample current) {
        double[] u = SortedSample.sorted(reference, "reference");
        double[] v = SortedSample.sorted(current, "current");
        int i = 0;
        int j = 0;
        double sum = 0.0;
        double x = Math.min(u[0], v[0]);
        while (true) {
            while (i < u.length && u[i] <= x) {
                i++;
            }
            while (j < v.length && v[j] <= x) {
                j++;
            }
            if (i == u.length && j == v.length) {
                return sum;
            }
            double next = i == u.length ? v[j] : j == v.length ? u[i] : Math.min(u[i], v[j]);
            double uCdf = (double) i / u.length;
            double vCdf = (double) j / v.length;
            sum += Math.abs(uCdf - vCdf) * (next - x);
            x = next;
        }
    }

    /** {@code W1} together with its normalisation by the reference's population standard deviation. */
    public static WassersteinResult normalized(double[] reference, double[] current) {
        return normalize(distance(reference, current), reference);
    }

    /**
     * {@link #normalized(double[], double[])} of two samples sorted once for several methods; the standard
     * deviation sums the reference in ascending order.
     */
    public static WassersteinResult normalized(SortedSample reference, SortedSample current) {
        double distance = distance(reference, current);
        return normalize(distance, SortedSample.sorted(reference, "reference"));
    }

    private static WassersteinResult normalize(double distance, double[] reference) {
        double sd = populationStandardDeviation(reference);
        if (isConstant(reference)) {
            return new WassersteinResult(distance, sd, Double.NaN, Optional.of(
                    "the reference sample is constant (standard deviation 0), so the distance cannot be normalised"));
        }
        return new WassersteinResult(distance, sd, distance / sd, Optional.empty());
    }

    private static boolean isConstant(double[] x) {
        for (double value : x) {
            if (value != x[0]) {
                return false;
            }
        }
        return true;
    }

    /** {@code sqrt(mean((x - mean(x))^2))}, two-pass. */
    static double populationStandardDeviation(double[] x) {
        double mean = 0.0;
        for (double value : x) {
            mean += value;
        }
        mean /= x.length;
        double squares = 0.0;
        for (double value : x) {
            double d = value - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / x.length);
    }
}
