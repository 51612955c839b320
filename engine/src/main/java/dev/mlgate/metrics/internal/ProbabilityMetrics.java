package dev.mlgate.metrics.internal;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Metrics that read binary scores as probabilities of the positive class.
 */
public final class ProbabilityMetrics {

    /** The clipping bound of log loss: the machine epsilon of float64, 2^-52 (numpy {@code finfo(float64).eps}). */
    public static final double LOG_LOSS_EPS = Math.ulp(1.0);

    /** Row losses by scores array (identity); weak, so they go with the views that share the array. */
    private static final Map<double[], RowLosses> ROW_LOSSES = new WeakHashMap<>();

    private ProbabilityMetrics() {
    }

    /**
     * The lowest index of a row with non-zero weight whose score is outside [0, 1], or -1.
     *
     * @param data the rows
     * @return the offending 0-based index, or -1 when every score is a probability
     */
    public static int firstNonProbability(BinaryData data) {
        double[] s = data.scores();
        int first = -1;
        for (int k = 0; k < s.length; k++) {
            if (data.weightAt(k) != 0 && !(s[k] >= 0.0 && s[k] <= 1.0)) {
                int row = data.order()[k];
                first = first < 0 ? row : Math.min(first, row);
            }
        }
        return first;
    }

    /**
     * Binary log loss as scikit-learn 1.2 computes it: {@code p} clipped to {@code [eps, 1-eps]}, the pair
     * {@code (1-p, p)} renormalised by its sum, and the weighted mean of {@code -log} of the true class's entry.
     *
     * @param data the rows, scores in [0, 1]
     * @return the mean log loss
     */
    public static double logLoss(BinaryData data) {
        double[] loss = rowLosses(data);
        CompensatedSum sum = new CompensatedSum();
        long total = 0;
        for (int i = 0; i < loss.length; i++) {
            int w = data.weightAt(i);
            if (w == 0) {
                continue;
            }
            sum.add(w * loss[i]);
            total += w;
        }
        return sum.value() / total;
    }

    /**
     * Each sorted row's {@code -log} of the true class's renormalised, clipped probability. Kept per scores
     * array (shared, never modified, by a view and all its re-weightings), so that the resamples of a
     * bootstrap sum weights times losses instead of taking a logarithm per row each time.
     */
    private static double[] rowLosses(BinaryData data) {
        synchronized (ROW_LOSSES) {
            RowLosses cached = ROW_LOSSES.get(data.scores());
            if (cached != null && cached.labels() == data.labels()) {
                return cached.losses();
            }
        }
        double[] s = data.scores();
        boolean[] y = data.labels();
        double[] losses = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            double p = Math.min(Math.max(s[i], LOG_LOSS_EPS), 1.0 - LOG_LOSS_EPS);
            double q = 1.0 - p;
            double norm = q + p;
            double trueClass = y[i] ? p / norm : q / norm;
            losses[i] = -Math.log(trueClass);
        }
        synchronized (ROW_LOSSES) {
            ROW_LOSSES.put(s, new RowLosses(y, losses));
        }
        return losses;
    }

    /** The row losses of one scores array, and the labels they were computed with. */
    private record RowLosses(boolean[] labels, double[] losses) {
    }

    /**
     * The Brier score: the weighted mean of {@code (y - p)^2} with y = 1 for positives
     * (scikit-learn {@code brier_score_loss}).
     *
     * @param data the rows, scores in [0, 1]
     * @return the Brier score
     */
    public static double brierScore(BinaryData data) {
        double[] s = data.scores();
        boolean[] y = data.labels();
        CompensatedSum sum = new CompensatedSum();
        long total = 0;
        for (int i = 0; i < s.length; i++) {
            int w = data.weightAt(i);
            if (w == 0) {
                continue;
            }
            double d = (y[i] ? 1.0 : 0.0) - s[i];
            sum.add(w * (d * d));
            total += w;
        }
        return sum.value() / total;
    }

    /**
     * The equal-width bin of a probability: edges are the doubles nearest to {@code i / bins}; bin i holds
     * {@code edge_i <= p < edge_(i+1)}, and the last bin is closed ({@code p = 1} falls in it).
     *
     * @param p    a probability in [0, 1]
     * @param bins the number of bins, at least 1
     * @return the bin index in {@code [0, bins)}
     */
    public static int bin(double p, int bins) {
        int i = Math.min((int) (p * bins), bins - 1);
        while (i > 0 && p < (double) i / bins) {
            i--;
        }
        while (i < bins - 1 && p >= (double) (i + 1) / bins) {
            i++;
        }
        return i;
    }

    /**
     * Per-bin sums for a calibration curve: {@code [bin][0]} weighted row count, {@code [bin][1]} weighted
     * sum of scores, {@code [bin][2]} weighted count of positives.
     *
     * @param data the rows, scores in [0, 1]
     * @param bins the number of equal-width bins
     * @return the sums
     */
    public static double[][] binSums(BinaryData data, int bins) {
        double[][] sums = new double[bins][3];
        CompensatedSum[] scoreSums = new CompensatedSum[bins];
        for (int b = 0; b < bins; b++) {
            scoreSums[b] = new CompensatedSum();
        }
        double[] s = data.scores();
        boolean[] y = data.labels();
        for (int i = 0; i < s.length; i++) {
            int w = data.weightAt(i);
            if (w == 0) {
                continue;
            }
            int bin = bin(s[i], bins);
            double[] b = sums[bin];
            b[0] += w; // counts are whole numbers, exact in a double up to 2^53
            scoreSums[bin].add(w * s[i]);
            if (y[i]) {
                b[2] += w;
            }
        }
        for (int b = 0; b < bins; b++) {
            sums[b][1] = scoreSums[b].value();
        }
        return sums;
    }

    /**
     * Expected calibration error: {@code sum_b (n_b / n) * |mean score_b - positive rate_b|} over the
     * non-empty bins of {@link #binSums}.
     *
     * @param data the rows, scores in [0, 1], total weight greater than 0
     * @param bins the number of equal-width bins
     * @return the ECE in [0, 1]
     */
    public static double expectedCalibrationError(BinaryData data, int bins) {
        double[][] sums = binSums(data, bins);
        double total = data.total();
        CompensatedSum ece = new CompensatedSum();
        for (double[] b : sums) {
            if (b[0] > 0) {
                ece.add((b[0] / total) * Math.abs(b[1] / b[0] - b[2] / b[0]));
            }
        }
        return ece.value();
    }
}
