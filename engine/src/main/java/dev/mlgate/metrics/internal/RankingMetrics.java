package dev.mlgate.metrics.internal;

/**
 * Rank-based binary metrics computed in one O(n) pass over rows already sorted by score.
 *
 * <p>Rows with equal scores form one group (one threshold), so ties are handled as scikit-learn's
 * {@code _binary_clf_curve} does. Callers check beforehand that both classes have non-zero weight.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Receives each group of tied scores, highest score first. */
    private interface GroupVisitor {
        void group(long tpBefore, long fpBefore, long groupTp, long groupFp);
    }

    private static void walk(BinaryData data, GroupVisitor visitor) {
        int[] order = data.order();
        double[] scores = data.scores();
        boolean[] labels = data.labels();
        long tp = 0;
        long fp = 0;
        long gtp = 0;
        long gfp = 0;
        double current = Double.NaN;
        for (int row : order) {
            int w = data.weight(row);
            if (w == 0) {
                continue;
            }
            double s = scores[row];
            if (s != current && (gtp | gfp) != 0) {
                visitor.group(tp, fp, gtp, gfp);
                tp += gtp;
                fp += gfp;
                gtp = 0;
                gfp = 0;
            }
            current = s;
            if (labels[row]) {
                gtp += w;
            } else {
                gfp += w;
            }
        }
        if ((gtp | gfp) != 0) {
            visitor.group(tp, fp, gtp, gfp);
        }
    }

    /**
     * ROC AUC: the trapezoidal area under the ROC curve, which counts a tied positive/negative pair as half
     * (scikit-learn {@code roc_auc_score}). Computed exactly in integers-as-doubles, then normalised.
     *
     * @param data      the rows
     * @param positives the weighted number of positives, greater than 0
     * @param negatives the weighted number of negatives, greater than 0
     * @return the area in [0, 1]
     */
    public static double rocAuc(BinaryData data, long positives, long negatives) {
        double[] twiceArea = {0.0};
        walk(data, (tpBefore, fpBefore, gtp, gfp) ->
                twiceArea[0] += (double) gfp * (double) (2 * tpBefore + gtp));
        return twiceArea[0] / (2.0 * positives * (double) negatives);
    }

    /**
     * Average precision as scikit-learn's step-wise sum {@code sum_n (R_n - R_{n-1}) P_n}, without
     * interpolation ({@code average_precision_score}).
     *
     * @param data      the rows
     * @param positives the weighted number of positives, greater than 0
     * @return the average precision in [0, 1]
     */
    public static double averagePrecision(BinaryData data, long positives) {
        double[] sum = {0.0};
        walk(data, (tpBefore, fpBefore, gtp, gfp) -> {
            long tp = tpBefore + gtp;
            double precision = (double) tp / (double) (tp + fpBefore + gfp);
            sum[0] += ((double) gtp / positives) * precision;
        });
        return sum[0];
    }

    /**
     * The trapezoidal area under scikit-learn's precision-recall curve, including its final point
     * (recall 0, precision 1): scikit-learn's {@code auc(recall, precision)}.
     *
     * @param data      the rows
     * @param positives the weighted number of positives, greater than 0
     * @return the area
     */
    public static double prAuc(BinaryData data, long positives) {
        double[] state = {0.0, 0.0, 1.0}; // area, previous recall, previous precision
        walk(data, (tpBefore, fpBefore, gtp, gfp) -> {
            long tp = tpBefore + gtp;
            double recall = (double) tp / positives;
            double precision = (double) tp / (double) (tp + fpBefore + gfp);
            state[0] += (recall - state[1]) * (precision + state[2]) / 2.0;
            state[1] = recall;
            state[2] = precision;
        });
        return state[0];
    }
}
