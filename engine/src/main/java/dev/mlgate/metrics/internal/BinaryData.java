package dev.mlgate.metrics.internal;

/**
 * The rows behind a binary evaluation view. Arrays are shared between views and never modified.
 *
 * @param scores  one finite score per row
 * @param labels  one label per row, {@code true} for the positive class
 * @param weights one frequency weight per row, or {@code null} for all ones
 * @param order   row indices by decreasing score (shared by every view over the same rows)
 */
public record BinaryData(double[] scores, boolean[] labels, int[] weights, int[] order) {

    /**
     * The number of stored rows.
     *
     * @return the row count, including weight-0 rows
     */
    public int size() {
        return scores.length;
    }

    /**
     * The frequency weight of a row.
     *
     * @param row the row
     * @return its weight
     */
    public int weight(int row) {
        return Weights.of(weights, row);
    }

    /**
     * The total weight of the positive rows.
     *
     * @return the weighted count of positives
     */
    public long positives() {
        long p = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i]) {
                p += weight(i);
            }
        }
        return p;
    }

    /**
     * The total weight of all rows.
     *
     * @return the weighted row count
     */
    public long total() {
        return Weights.total(weights, scores.length);
    }
}
