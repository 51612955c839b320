package dev.mlgate.stats;

import dev.mlgate.stats.internal.Categories;
import dev.mlgate.stats.internal.Checks;
import java.util.Map;

/**
 * Jensen–Shannon <b>distance</b> between two discrete distributions, with the <b>natural
 * logarithm</b>, matching {@code scipy.spatial.distance.jensenshannon(p, q)} (default base e).
 *
 * <p>Both inputs are normalised to sum to 1; with {@code m = (p + q) / 2},
 * {@code JSD = (KL(p || m) + KL(q || m)) / 2} is the divergence and the distance is
 * {@code sqrt(JSD)}, a metric in {@code [0, sqrt(ln 2)]} ({@code sqrt(ln 2) ~ 0.8326} for disjoint
 * supports). Terms with a zero probability contribute 0.
 *
 * <p><b>Beware of units when comparing with other tools:</b> several drift libraries report the
 * Jensen–Shannon <em>divergence</em> (not its square root), often in base 2 (bounded by 1). Convert
 * with {@code divergence_log2 = distance^2 / ln 2}.
 *
 * <p>Inputs are count vectors aligned by category (or bin), or count maps aligned on the union of
 * their categories (a category missing on one side counts 0). Negative or non-finite weights, a
 * length mismatch, or an all-zero side are rejected with {@link IllegalArgumentException}.
 */
public final class JensenShannon {

    private JensenShannon() {
    }

    /** Distance between two aligned count vectors. */
    public static double distance(long[] p, long[] q) {
        Checks.requireCounts(p, "reference");
        Checks.requireCounts(q, "current");
        return distance(toDouble(p), toDouble(q));
    }

    /** Distance between two count maps, aligned on the union of their categories. */
    public static double distance(Map<String, Long> p, Map<String, Long> q) {
        Categories aligned = Categories.union(p, q);
        return distance(aligned.reference(), aligned.current());
    }

    /** Distance between two aligned vectors of non-negative weights (normalised here). */
    public static double distance(double[] p, double[] q) {
        double pTotal = total(p, "reference");
        double qTotal = total(q, "current");
        if (p.length != q.length) {
            throw new IllegalArgumentException("reference and current weights must have the same length, but had "
                    + p.length + " and " + q.length);
        }
        double left = 0.0;
        double right = 0.0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / pTotal;
            double qi = q[i] / qTotal;
            double mi = (pi + qi) / 2.0;
            left += relativeEntropy(pi, mi);
            right += relativeEntropy(qi, mi);
        }
        return Math.sqrt((left + right) / 2.0);
    }

    /** {@code x ln(x / y)}, 0 when {@code x = 0} (SciPy's {@code rel_entr}). */
    private static double relativeEntropy(double x, double y) {
        return x == 0.0 ? 0.0 : x * Math.log(x / y);
    }

    private static double total(double[] weights, String name) {
        if (weights == null) {
            throw new IllegalArgumentException(name + " weights must not be null");
        }
        double total = 0.0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0.0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException(name + " weights must be finite and non-negative, but weight at index "
                        + i + " is " + weights[i]);
            }
            total += weights[i];
        }
        if (total == 0.0) {
            throw new IllegalArgumentException(name + " weights must not all be zero (empty sample)");
        }
        return total;
    }

    private static double[] toDouble(long[] counts) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i];
        }
        return values;
    }
}
