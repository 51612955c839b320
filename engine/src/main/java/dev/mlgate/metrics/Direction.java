package dev.mlgate.metrics;

/**
 * Whether a larger value of a metric means a better model.
 *
 * <p>Gates such as "no worse than baseline" need this to know which way a difference points.
 */
public enum Direction {
    /** Larger is better (ROC AUC, accuracy, R²). */
    HIGHER_IS_BETTER,
    /** Smaller is better (log loss, Brier score, RMSE). */
    LOWER_IS_BETTER;

    /**
     * Whether {@code candidate} is strictly better than {@code reference} in this direction.
     *
     * @param candidate the value being judged
     * @param reference the value it is compared with
     * @return {@code candidate > reference} for {@link #HIGHER_IS_BETTER}, {@code candidate < reference} otherwise
     */
    public boolean isBetter(double candidate, double reference) {
        return this == HIGHER_IS_BETTER ? candidate > reference : candidate < reference;
    }
}
