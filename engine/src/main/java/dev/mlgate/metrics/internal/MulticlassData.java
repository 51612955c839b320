package dev.mlgate.metrics.internal;

import java.util.List;

/**
 * The rows behind a multiclass evaluation view. Arrays are shared between views and never modified.
 *
 * @param classNames    the class names; class i is {@code classNames.get(i)}
 * @param labels        the true class index of each row
 * @param predicted     the predicted class index of each row
 * @param probabilities row-major n × k probabilities, or {@code null} when only classes were predicted
 * @param weights       frequency weights, or {@code null} for all ones
 * @param columns       lazily built per-class columns and score orders, shared by re-weighted views
 */
public record MulticlassData(List<String> classNames, int[] labels, int[] predicted, double[] probabilities,
                             int[] weights, ClassColumns columns) {

    /** @return the number of rows */
    public int size() {
        return labels.length;
    }

    /** @return the number of classes */
    public int classes() {
        return classNames.size();
    }

    /**
     * @param row a row
     * @return its frequency weight
     */
    public int weight(int row) {
        return Weights.of(weights, row);
    }

    /**
     * @param row a row
     * @param c   a class
     * @return the probability of class c for the row
     */
    public double probability(int row, int c) {
        return probabilities[row * classNames.size() + c];
    }

    /** @return the weighted number of rows */
    public long total() {
        return Weights.total(weights, labels.length);
    }

    /**
     * The one-vs-rest binary view of one class: its probability column as score, "is this class" as label.
     *
     * @param c the class
     * @return the binary rows, sharing the column's sort order
     */
    public BinaryData oneVsRest(int c) {
        return columns.oneVsRest(c, weights);
    }
}
