package dev.mlgate.metrics.internal;

/** Multiclass metrics that read the probability matrix. Callers check it is present and the rows non-empty. */
public final class MulticlassScoreMetrics {

    private MulticlassScoreMetrics() {
    }

    /**
     * Multiclass log loss as scikit-learn 1.2 {@code log_loss(labels=range(k))}: every probability clipped to
     * {@code [eps, 1-eps]} (eps = 2^-52), each row renormalised by its clipped sum, weighted mean of
     * {@code -log} of the true class's entry.
     *
     * @param data the rows
     * @return the mean log loss
     */
    public static double logLoss(MulticlassData data) {
        int k = data.classes();
        double eps = ProbabilityMetrics.LOG_LOSS_EPS;
        CompensatedSum sum = new CompensatedSum();
        long total = 0;
        for (int i = 0; i < data.size(); i++) {
            int w = data.weight(i);
            if (w == 0) {
                continue;
            }
            double rowSum = 0.0;
            for (int c = 0; c < k; c++) {
                rowSum += clip(data.probability(i, c), eps);
            }
            double p = clip(data.probability(i, data.labels()[i]), eps) / rowSum;
            sum.add(w * -Math.log(p));
            total += w;
        }
        return sum.value() / total;
    }

    private static double clip(double p, double eps) {
        return Math.min(Math.max(p, eps), 1.0 - eps);
    }

    /**
     * Top-k accuracy as scikit-learn 1.2 {@code top_k_accuracy_score(labels=range(K))}. With three or more
     * classes, a row is a hit when fewer than k classes rank above its true class, where class j ranks above c
     * if its probability is higher, or equal with {@code j > c} (scikit-learn's reversed stable argsort).
     * With two classes scikit-learn scores the positive column: for k = 1 a row is predicted class 1 when
     * its probability is {@code > 0.5}. For {@code k >= K} every row is a hit.
     *
     * @param data the rows
     * @param k    at least 1
     * @return the weighted fraction of hits
     */
    public static double topKAccuracy(MulticlassData data, int k) {
        int classes = data.classes();
        long hits = 0;
        long total = 0;
        for (int i = 0; i < data.size(); i++) {
            int w = data.weight(i);
            total += w;
            if (w != 0 && isHit(data, i, k, classes)) {
                hits += w;
            }
        }
        return (double) hits / total;
    }

    private static boolean isHit(MulticlassData data, int row, int k, int classes) {
        if (k >= classes) {
            return true;
        }
        int y = data.labels()[row];
        if (classes == 2) {
            int predicted = data.probability(row, 1) > 0.5 ? 1 : 0;
            return predicted == y;
        }
        double own = data.probability(row, y);
        int above = 0;
        for (int j = 0; j < classes; j++) {
            double p = data.probability(row, j);
            if (p > own || (p == own && j > y)) {
                above++;
            }
        }
        return above < k;
    }
}
