package dev.mlgate.metrics;

/**
 * How per-class precision, recall and F-scores of a multiclass model are combined, as scikit-learn's
 * {@code average} parameter.
 */
public enum Average {
    /** Unweighted mean over the classes ({@code average="macro"}). */
    MACRO,
    /** Counts pooled over the classes before dividing ({@code average="micro"}); equals accuracy for single-label data. */
    MICRO,
    /** Mean over the classes weighted by each class's number of true rows ({@code average="weighted"}). */
    WEIGHTED;

    /**
     * The lower-case name scikit-learn uses, used in metric names such as {@code f1_macro}.
     *
     * @return {@code macro}, {@code micro} or {@code weighted}
     */
    public String sklearnName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
