package dev.mlgate.metrics;

/**
 * An evaluation view whose rows can be re-weighted with integer frequency weights, which is all a
 * bootstrap needs: a resample is the same rows with new weights, so no data is copied or re-sorted.
 *
 * @param <V> the view type itself
 */
public interface Resamplable<V extends Resamplable<V>> {

    /**
     * The number of stored rows, including rows whose weight is 0.
     *
     * @return the number of rows a weight array for {@link #withWeights(int[])} must have
     */
    int size();

    /**
     * The frequency weight of one stored row: 1 for an unweighted view.
     *
     * @param row the 0-based row index
     * @return the row's weight, at least 0
     */
    int weight(int row);

    /**
     * The same rows with new frequency weights, replacing the current ones: weight 0 removes a row and
     * weight k counts it k times, so every metric equals scikit-learn's with {@code sample_weight=weights}
     * (and with the rows replicated).
     *
     * @param weights one non-negative weight per stored row; copied
     * @return a view over the same rows
     * @throws IllegalArgumentException if the length differs from {@link #size()} or a weight is negative
     */
    V withWeights(int[] weights);
}
