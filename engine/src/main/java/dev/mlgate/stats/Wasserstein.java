package dev.mlgate.stats;

import dev.mlgate.stats.internal.Checks;
import dev.mlgate.stats.internal.Quantiles;
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
        double[] u = Checks.sortedCopy(reference);
        double[] v = Checks.sortedCopy(current);
        double[] pooled = new double[u.length + v.length];
        System.arraycopy(u, 0, pooled, 0, u.length);
        System.arraycopy(v, 0, pooled, u.length, v.length);
        java.util.Arrays.sort(pooled);
        double sum = 0.0;
        for (int k = 0; k < pooled.length - 1; k++) {
            double uCdf = (double) Quantiles.countAtMost(u, pooled[k]) / u.length;
            double vCdf = (double) Quantiles.countAtMost(v, pooled[k]) / v.length;
            sum += Math.abs(uCdf - vCdf) * (pooled[k + 1] - pooled[k]);
        }
        return sum;
    }

    /** {@code W1} together with its normalisation by the reference's population standard deviation. */
    public static WassersteinResult normalized(double[] reference, double[] current) {
        double distance = distance(reference, current);
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
