package dev.mlgate.metrics.internal;

/**
 * The rows behind a binary evaluation view, stored in decreasing score order so that every metric reads
 * memory sequentially. Arrays are shared between views and never modified.
 *
 * <p>Position k of the sorted arrays holds the original row {@code order[k]}; original row i sits at
 * position {@code rank[i]}.
 *
 * @param scores  scores by decreasing value
 * @param labels  labels in the same order, {@code true} for the positive class
 * @param weights frequency weights in the same order, or {@code null} for all ones
 * @param order   the original row index of each sorted position
 * @param rank    the sorted position of each original row
 */
public record BinaryData(double[] scores, boolean[] labels, int[] weights, int[] order, int[] rank) {

    /**
     * Sorts rows given in their original order.
     *
     * @param scores finite scores, original order (not modified)
     * @param labels labels, original order
     * @return the rows, unweighted
     */
    public static BinaryData sort(double[] scores, boolean[] labels) {
        int[] order = IndexSort.descending(scores);
        int n = scores.length;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            s[k] = scores[order[k]];
            y[k] = labels[order[k]];
            rank[order[k]] = k;
        }
        return new BinaryData(s, y, null, order, rank);
    }

    /**
     * The same rows with new weights given in original row order (one gather, no sorting).
     *
     * @param originalOrderWeights validated weights, one per original row, or {@code null}
     * @return the re-weighted rows
     */
    public BinaryData withWeights(int[] originalOrderWeights) {
        if (originalOrderWeights == null) {
            return new BinaryData(scores, labels, null, order, rank);
        }
        int[] w = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            w[k] = originalOrderWeights[order[k]];
        }
        return new BinaryData(scores, labels, w, order, rank);
    }

    /**
     * The rows of a subset, still sorted, derived in O(n) from this order.
     *
     * @param rows distinct original row indices; subset row i is {@code rows[i]}
     * @return the subset's rows
     */
    public BinaryData subset(int[] rows) {
        int[] newIndex = new int[order.length];
        java.util.Arrays.fill(newIndex, -1);
        for (int i = 0; i < rows.length; i++) {
            newIndex[rows[i]] = i;
        }
        int m = rows.length;
        double[] s = new double[m];
        boolean[] y = new boolean[m];
        int[] w = weights == null ? null : new int[m];
        int[] newOrder = new int[m];
        int[] newRank = new int[m];
        int j = 0;
        for (int k = 0; k < order.length; k++) {
            int i = newIndex[order[k]];
            if (i >= 0) {
                s[j] = scores[k];
                y[j] = labels[k];
                if (w != null) {
                    w[j] = weights[k];
                }
                newOrder[j] = i;
                newRank[i] = j;
                j++;
            }
        }
        return new BinaryData(s, y, w, newOrder, newRank);
    }

    /** @return the number of stored rows */
    public int size() {
        return scores.length;
    }

    /**
     * @param position a sorted position
     * @return the weight there
     */
    public int weightAt(int position) {
        return weights == null ? 1 : weights[position];
    }

    /**
     * @param row an original row index
     * @return its weight
     */
    public int weightOfRow(int row) {
        return weightAt(rank[row]);
    }

    /** @return the total weight of the positive rows */
    public long positives() {
        if (weights == null) {
            long p = 0;
            for (boolean b : labels) {
                p += b ? 1 : 0;
            }
            return p;
        }
        long p = 0;
        for (int k = 0; k < labels.length; k++) {
            if (labels[k]) {
                p += weights[k];
            }
        }
        return p;
    }

    /** @return the total weight of all rows */
    public long total() {
        return Weights.total(weights, scores.length);
    }
}
