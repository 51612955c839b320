package dev.mlgate.metrics.internal;

/**
 * Regression metrics over weighted rows (weight k = the row repeated k times). Callers check the total
 * weight is greater than 0.
 */
public final class RegressionMetrics {

    /** The floor of |actual| in MAPE's denominator: numpy {@code finfo(float64).eps}, as scikit-learn. */
    public static final double MAPE_EPSILON = Math.ulp(1.0);

    private RegressionMetrics() {
    }

    /** The per-row quantity averaged by a mean-error metric. */
    private interface RowError {
        double of(double actual, double predicted);
    }

    private static double weightedMean(RegressionData d, RowError error) {
        CompensatedSum sum = new CompensatedSum();
        long total = 0;
        for (int i = 0; i < d.size(); i++) {
            int w = d.weight(i);
            if (w != 0) {
                sum.add(w * error.of(d.actual()[i], d.predicted()[i]));
                total += w;
            }
        }
        return sum.value() / total;
    }

    /**
     * @param d the rows
     * @return the weighted mean squared error
     */
    public static double meanSquaredError(RegressionData d) {
        return weightedMean(d, (y, p) -> (y - p) * (y - p));
    }

    /**
     * @param d the rows
     * @return the weighted mean of {@code p - y}
     */
    public static double meanError(RegressionData d) {
        return weightedMean(d, (y, p) -> p - y);
    }

    /**
     * @param d the rows
     * @return the weighted mean absolute error
     */
    public static double meanAbsoluteError(RegressionData d) {
        return weightedMean(d, (y, p) -> Math.abs(y - p));
    }

    /**
     * @param d the rows
     * @return the weighted mean of {@code |y - p| / max(|y|, eps)}
     */
    public static double meanAbsolutePercentageError(RegressionData d) {
        return weightedMean(d, (y, p) -> Math.abs(p - y) / Math.max(Math.abs(y), MAPE_EPSILON));
    }

    /**
     * The largest absolute error among rows of non-zero weight.
     *
     * @param d the rows
     * @return the maximum error
     */
    public static double maxError(RegressionData d) {
        double max = 0.0;
        for (int i = 0; i < d.size(); i++) {
            if (d.weight(i) != 0) {
                max = Math.max(max, Math.abs(d.actual()[i] - d.predicted()[i]));
            }
        }
        return max;
    }

    /**
     * The median absolute error of the replicated rows (numpy {@code median}: the mean of the two middle
     * values when the total weight is even), in O(n) from the shared residual order.
     *
     * @param d the rows
     * @return the median
     */
    public static double medianAbsoluteError(RegressionData d) {
        long total = d.total();
        long lowRank = (total - 1) / 2; // 0-based ranks of the middle element(s) in the replicated order
        long highRank = total / 2;
        double low = Double.NaN;
        long seen = 0;
        for (int row : d.residualOrder().increasing()) {
            int w = d.weight(row);
            if (w == 0) {
                continue;
            }
            double error = Math.abs(d.actual()[row] - d.predicted()[row]);
            if (seen <= lowRank && lowRank < seen + w) {
                low = error;
            }
            if (seen <= highRank && highRank < seen + w) {
                return (low + error) / 2.0;
            }
            seen += w;
        }
        throw new IllegalStateException("no rows");
    }

    /**
     * R² with scikit-learn's {@code force_finite=True}: {@code 1 - SS_res / SS_tot}; 1 when SS_res = 0, and 0
     * when SS_res > 0 but the actual values are constant.
     *
     * @param d the rows, total weight at least 2
     * @return R²
     */
    public static double r2(RegressionData d) {
        double numerator = weightedMean(d, (y, p) -> (y - p) * (y - p));
        double denominator = constantActual(d) ? 0.0 : variance(d, d.actual(), null);
        return assemble(numerator, denominator);
    }

    /**
     * Explained variance {@code 1 - Var(y - p) / Var(y)} with scikit-learn's {@code force_finite=True} rules.
     *
     * @param d the rows
     * @return the explained variance score
     */
    public static double explainedVariance(RegressionData d) {
        double numerator = constantResidual(d) ? 0.0 : variance(d, d.actual(), d.predicted());
        double denominator = constantActual(d) ? 0.0 : variance(d, d.actual(), null);
        return assemble(numerator, denominator);
    }

    private static double assemble(double numerator, double denominator) {
        if (numerator == 0.0) {
            return 1.0;
        }
        return denominator == 0.0 ? 0.0 : 1.0 - numerator / denominator;
    }

    /** Weighted population variance of {@code a - b} (or of {@code a} when b is null), two-pass. */
    private static double variance(RegressionData d, double[] a, double[] b) {
        CompensatedSum sum = new CompensatedSum();
        long total = 0;
        for (int i = 0; i < d.size(); i++) {
            int w = d.weight(i);
            if (w != 0) {
                sum.add(w * (b == null ? a[i] : a[i] - b[i]));
                total += w;
            }
        }
        double mean = sum.value() / total;
        CompensatedSum squares = new CompensatedSum();
        for (int i = 0; i < d.size(); i++) {
            int w = d.weight(i);
            if (w != 0) {
                double dev = (b == null ? a[i] : a[i] - b[i]) - mean;
                squares.add(w * (dev * dev));
            }
        }
        return squares.value() / total;
    }

    private static boolean constantActual(RegressionData d) {
        return constant(d, false);
    }

    private static boolean constantResidual(RegressionData d) {
        return constant(d, true);
    }

    /** Whether every row of non-zero weight has exactly the same actual value (or residual). */
    private static boolean constant(RegressionData d, boolean residual) {
        boolean first = true;
        double value = 0.0;
        for (int i = 0; i < d.size(); i++) {
            if (d.weight(i) == 0) {
                continue;
            }
            double v = residual ? d.actual()[i] - d.predicted()[i] : d.actual()[i];
            if (first) {
                value = v;
                first = false;
            } else if (v != value) {
                return false;
            }
        }
        return true;
    }
}
