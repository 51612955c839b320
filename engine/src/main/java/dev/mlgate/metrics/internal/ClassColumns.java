package dev.mlgate.metrics.internal;

/**
 * Per-class probability columns of a multiclass view and their score orders, built on first use and then
 * shared by every re-weighted view over the same rows (so a bootstrap resample does not sort again).
 * Thread-safe.
 */
public final class ClassColumns {

    private final int[] labels;
    private final double[] probabilities;
    private final int classes;
    private final BinaryData[] cache;

    /**
     * @param labels        true class per row
     * @param probabilities row-major probabilities, or {@code null}
     * @param classes       the number of classes
     */
    public ClassColumns(int[] labels, double[] probabilities, int classes) {
        this.labels = labels;
        this.probabilities = probabilities;
        this.classes = classes;
        this.cache = new BinaryData[classes];
    }

    /**
     * The one-vs-rest rows of class c with the given weights.
     *
     * @param c       the class
     * @param weights the view's weights, or {@code null}
     * @return the binary rows
     */
    public BinaryData oneVsRest(int c, int[] weights) {
        BinaryData base;
        synchronized (cache) {
            base = cache[c];
            if (base == null) {
                int n = labels.length;
                double[] column = new double[n];
                boolean[] isClass = new boolean[n];
                for (int i = 0; i < n; i++) {
                    column[i] = probabilities[i * classes + c];
                    isClass[i] = labels[i] == c;
                }
                base = new BinaryData(column, isClass, null, IndexSort.descending(column));
                cache[c] = base;
            }
        }
        return new BinaryData(base.scores(), base.labels(), weights, base.order());
    }
}
