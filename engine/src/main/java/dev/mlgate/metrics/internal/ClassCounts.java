package dev.mlgate.metrics.internal;

/**
 * Weighted per-class counts of a single-label multiclass prediction: for class c, {@code tp[c]} rows of class
 * c predicted c, {@code predicted[c]} rows predicted c, {@code actual[c]} rows whose true class is c.
 *
 * @param tp        correct predictions per class
 * @param predicted predictions per class
 * @param actual    true rows per class
 */
public record ClassCounts(long[] tp, long[] predicted, long[] actual) {

    /**
     * Counts the rows of a view.
     *
     * @param data the rows
     * @return the counts
     */
    public static ClassCounts of(MulticlassData data) {
        int k = data.classes();
        long[] tp = new long[k];
        long[] predicted = new long[k];
        long[] actual = new long[k];
        for (int i = 0; i < data.size(); i++) {
            int w = data.weight(i);
            int y = data.labels()[i];
            int p = data.predicted()[i];
            actual[y] += w;
            predicted[p] += w;
            if (y == p) {
                tp[y] += w;
            }
        }
        return new ClassCounts(tp, predicted, actual);
    }

    /**
     * Whether a class takes part in averages: scikit-learn uses the union of the true and predicted labels;
     * with frequency weights, a class present only in weight-0 rows is absent (as with replicated rows).
     *
     * @param c the class
     * @return whether the class has a weighted true or predicted row
     */
    public boolean included(int c) {
        return actual[c] > 0 || predicted[c] > 0;
    }

    /** @return the total weight */
    public long total() {
        long sum = 0;
        for (long a : actual) {
            sum += a;
        }
        return sum;
    }
}
