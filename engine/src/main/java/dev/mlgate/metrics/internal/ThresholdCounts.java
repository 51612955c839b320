package dev.mlgate.metrics.internal;

/**
 * Cumulative weighted counts at every distinct score, from the highest score down: at index i,
 * {@code tps[i]} positives and {@code fps[i]} negatives have a score {@code >= thresholds[i]}.
 * This is scikit-learn's {@code _binary_clf_curve}; rows with weight 0 are left out, as there.
 *
 * @param tps        true positives at each threshold, non-decreasing
 * @param fps        false positives at each threshold, non-decreasing
 * @param thresholds the distinct scores, decreasing
 */
public record ThresholdCounts(long[] tps, long[] fps, double[] thresholds) {

    /**
     * Computes the counts in one pass over the rows in score order.
     *
     * @param data the rows
     * @return the counts, one entry per distinct score among rows with a non-zero weight
     */
    public static ThresholdCounts of(BinaryData data) {
        int[] order = data.order();
        long[] tps = new long[order.length];
        long[] fps = new long[order.length];
        double[] thresholds = new double[order.length];
        int m = 0;
        long tp = 0;
        long fp = 0;
        for (int k = 0; k < order.length; k++) {
            int row = order[k];
            int w = data.weight(row);
            if (w == 0) {
                continue;
            }
            double s = data.scores()[row];
            if (m > 0 && thresholds[m - 1] == s) {
                m--;
            }
            if (data.labels()[row]) {
                tp += w;
            } else {
                fp += w;
            }
            tps[m] = tp;
            fps[m] = fp;
            thresholds[m] = s;
            m++;
        }
        return new ThresholdCounts(
                java.util.Arrays.copyOf(tps, m), java.util.Arrays.copyOf(fps, m), java.util.Arrays.copyOf(thresholds, m));
    }

    /**
     * The number of distinct thresholds.
     *
     * @return the length of the arrays
     */
    public int length() {
        return thresholds.length;
    }
}
