package dev.mlgate.stats;

/**
 * Holm–Bonferroni step-down adjustment of p-values for multiple comparisons (e.g. one gate per
 * slice), matching {@code statsmodels.stats.multitest.multipletests(p, method='holm')[1]}.
 *
 * <p>With the {@code m} p-values sorted ascending, {@code p(1) <= ... <= p(m)}, the adjusted value
 * of the {@code i}-th smallest is {@code min(1, max_{j <= i} (m - j + 1) p(j))}: each is multiplied
 * by the number of hypotheses not yet rejected, made monotone by a running maximum, and capped at 1.
 * Adjusted values are returned in the input order. Holm controls the family-wise error rate under
 * any dependence between the tests. An empty array gives an empty array; a null array, a
 * {@code NaN} or a value outside [0, 1] is rejected with {@link IllegalArgumentException}.
 */
public final class Holm {

    private Holm() {
    }

    /** Holm-adjusted p-values, in the order of {@code pValues}. */
    public static double[] adjust(double[] pValues) {
        if (pValues == null) {
            throw new IllegalArgumentException("p-values must not be null");
        }
        int m = pValues.length;
        for (int i = 0; i < m; i++) {
            if (!(pValues[i] >= 0.0 && pValues[i] <= 1.0)) {
                throw new IllegalArgumentException("p-values must be in [0, 1], but value at index " + i + " is "
                        + pValues[i]);
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0.0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, (m - rank) * pValues[order[rank]]);
            adjusted[order[rank]] = Math.min(1.0, running);
        }
        return adjusted;
    }
}
