package dev.mlgate.metrics.internal;

/**
 * Rank-based binary metrics computed in one sequential O(n) pass over rows already sorted by score.
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
        double[] scores = data.scores();
        boolean[] labels = data.labels();
        int[] weights = data.weights();
        long tp = 0;
        long fp = 0;
        long gtp = 0;
        long gfp = 0;
        double current = Double.NaN;
        for (int k = 0; k < scores.length; k++) {
            int w = weights == null ? 1 : weights[k];
            if (w == 0) {
                continue;
            }
            double s = scores[k];
            if (s != current && (gtp | gfp) != 0) {
                visitor.group(tp, fp, gtp, gfp);
                tp += gtp;
                fp += gfp;
                gtp = 0;
                gfp = 0;
            }
            current = s;
            if (labels[k]) {
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
     * (scikit-learn {@code roc_auc_score}). One branch-light pass that also totals both classes; the area is
     * accumulated exactly (integer-valued doubles below 2^53) and normalised at the end.
     *
     * @param data the rows
     * @return the area in [0, 1], or NaN when either class has zero weight (callers report that as undefined)
     */
    public static double rocAuc(BinaryData data) {
        double[] scores = data.scores();
        boolean[] labels = data.labels();
        int[] weights = data.weights();
        double twiceArea = 0.0;
        long tp = 0;
        long fp = 0;
        long gtp = 0;
        long gfp = 0;
        double current = scores.length == 0 ? 0.0 : scores[0];
        for (int k = 0; k < scores.length; k++) {
            double s = scores[k];
            if (s != current) {
                twiceArea += (double) gfp * (double) (2 * tp + gtp);
                tp += gtp;
                fp += gfp;
                gtp = 0;
                gfp = 0;
                current = s;
            }
            long w = weights == null ? 1 : weights[k];
            long positive = labels[k] ? w : 0;
            gtp += positive;
            gfp += w - positive;
        }
        twiceArea += (double) gfp * (double) (2 * tp + gtp);
        tp += gtp;
        fp += gfp;
        if (tp == 0 || fp == 0) {
            return Double.NaN;
        }
        return twiceArea / (2.0 * tp * (double) fp);
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
        CompensatedSum sum = new CompensatedSum();
        walk(data, (tpBefore, fpBefore, gtp, gfp) -> {
            long tp = tpBefore + gtp;
            double precision = (double) tp / (double) (tp + fpBefore + gfp);
            sum.add(((double) gtp / positives) * precision);
        });
        return sum.value();
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
        CompensatedSum area = new CompensatedSum();
        double[] state = {0.0, 1.0}; // previous recall, previous precision
        walk(data, (tpBefore, fpBefore, gtp, gfp) -> {
            long tp = tpBefore + gtp;
            double recall = (double) tp / positives;
            double precision = (double) tp / (double) (tp + fpBefore + gfp);
            area.add((recall - state[0]) * (precision + state[1]) / 2.0);
            state[0] = recall;
            state[1] = precision;
        });
        return area.value();
    }
}
