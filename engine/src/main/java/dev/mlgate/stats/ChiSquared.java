package dev.mlgate.stats;

import dev.mlgate.stats.internal.Categories;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;

/**
 * Chi-squared tests of drift for a categorical column, given category counts.
 *
 * <p><b>Homogeneity (the default drift test)</b>: {@link #homogeneity} treats the reference and
 * current counts as the two rows of a {@code 2 x k} contingency table and tests whether both rows
 * come from one distribution. It matches {@code scipy.stats.chi2_contingency(table, correction=False)}:
 * {@code X^2 = sum (O - E)^2 / E} with {@code E = row total * column total / grand total},
 * {@code k - 1} degrees of freedom, no Yates continuity correction (SciPy only applies it when
 * there is one degree of freedom, and we switch it off so the statistic is the same at every
 * {@code k}). It is the default because it treats both samples as samples: a category seen only in
 * the current data is an ordinary column, and sampling noise in the reference is accounted for.
 *
 * <p><b>Goodness of fit</b>: {@link #goodnessOfFit} treats the reference proportions as the truth,
 * with expected current counts {@code E_j = ref_j / ref_total * cur_total}, matching
 * {@code scipy.stats.chisquare(f_obs=current, f_exp=E)}. A category absent from the reference but
 * present in the current data has {@code E = 0} and makes the statistic {@code +infinity}
 * ({@code p = 0}), which is why it is not the default.
 *
 * <p><b>Category rules (both tests).</b> The table's columns are the union of the categories of
 * both sides; a category missing from one side counts 0 there. A category that is zero on both
 * sides is dropped (it carries no information and would make an expected count 0). If one category
 * remains, there are no degrees of freedom and the result is {@code X^2 = 0, p = 1}, as in SciPy.
 * The p-value is the upper tail {@code Q(df/2, X^2/2)} of the chi-squared distribution. An empty
 * side (all counts zero), a negative count or a null map is rejected with
 * {@link IllegalArgumentException}.
 */
public final class ChiSquared {

    private ChiSquared() {
    }

    /** Homogeneity test over the union of categories; see the class comment. */
    public static ChiSquaredResult homogeneity(Map<String, Long> reference, Map<String, Long> current) {
        Categories table = Categories.union(reference, current);
        return homogeneity(table.reference(), table.current());
    }

    /** Homogeneity test on counts already aligned by category (same index, same category). */
    public static ChiSquaredResult homogeneity(long[] reference, long[] current) {
        long[][] kept = Categories.dropEmpty(reference, current);
        long[] ref = kept[0];
        long[] cur = kept[1];
        int k = ref.length;
        if (k <= 1) {
            return new ChiSquaredResult(0.0, 1.0, 0);
        }
        double refTotal = sum(ref);
        double curTotal = sum(cur);
        double total = refTotal + curTotal;
        double statistic = 0.0;
        for (int j = 0; j < k; j++) {
            double column = (double) ref[j] + cur[j];
            statistic += term(ref[j], refTotal * column / total);
            statistic += term(cur[j], curTotal * column / total);
        }
        return new ChiSquaredResult(statistic, upperTail(statistic, k - 1), k - 1);
    }

    /** Goodness-of-fit test of the current counts against the reference proportions; see the class comment. */
    public static ChiSquaredResult goodnessOfFit(Map<String, Long> reference, Map<String, Long> current) {
        Categories table = Categories.union(reference, current);
        return goodnessOfFit(table.reference(), table.current());
    }

    /** Goodness-of-fit test on counts already aligned by category. */
    public static ChiSquaredResult goodnessOfFit(long[] reference, long[] current) {
        long[][] kept = Categories.dropEmpty(reference, current);
        long[] ref = kept[0];
        long[] cur = kept[1];
        int k = ref.length;
        if (k <= 1) {
            return new ChiSquaredResult(0.0, 1.0, 0);
        }
        double refTotal = sum(ref);
        double curTotal = sum(cur);
        double statistic = 0.0;
        for (int j = 0; j < k; j++) {
            double expected = ref[j] / refTotal * curTotal;
            statistic += expected == 0.0 ? Double.POSITIVE_INFINITY : term(cur[j], expected);
        }
        return new ChiSquaredResult(statistic, upperTail(statistic, k - 1), k - 1);
    }

    private static double term(long observed, double expected) {
        double diff = observed - expected;
        return diff * diff / expected;
    }

    /** {@code P(chi2_df >= x)}, the regularized upper incomplete gamma function. */
    static double upperTail(double x, int degreesOfFreedom) {
        if (Double.isInfinite(x)) {
            return 0.0;
        }
        if (x <= 0.0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, x / 2.0);
    }

    private static double sum(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}
