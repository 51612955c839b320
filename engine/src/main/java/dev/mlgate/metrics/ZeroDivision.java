package dev.mlgate.metrics;

/**
 * What a ratio metric (precision, recall, F-score, specificity) is when its denominator is zero.
 *
 * <p>{@link #ZERO} and {@link #ONE} match scikit-learn's {@code zero_division=0} and {@code zero_division=1}.
 * scikit-learn's default, {@code "warn"}, returns 0 with a warning; mlgate's default is {@link #UNDEFINED},
 * which makes the metric an explicit {@link Metric#undefined undefined} outcome with a reason instead.
 */
public enum ZeroDivision {
    /** The metric is undefined, with a reason naming the empty denominator (the default). */
    UNDEFINED,
    /** The metric is 0, as scikit-learn's {@code zero_division=0}. */
    ZERO,
    /** The metric is 1, as scikit-learn's {@code zero_division=1}. */
    ONE;

    /**
     * The substitute value for a zero denominator.
     *
     * @return 0 or 1
     * @throws IllegalStateException for {@link #UNDEFINED}, which has no value
     */
    public double value() {
        return switch (this) {
            case ZERO -> 0.0;
            case ONE -> 1.0;
            case UNDEFINED -> throw new IllegalStateException("ZeroDivision.UNDEFINED has no value");
        };
    }
}
