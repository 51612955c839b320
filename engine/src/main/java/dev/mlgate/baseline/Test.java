package dev.mlgate.baseline;

/**
 * The significance test of a comparison. Every comparison reports a p-value for the null hypothesis
 * "the candidate and the baseline do not differ on this metric", two-sided.
 */
public enum Test {

    /**
     * Binary comparisons: DeLong's test when the gate's metric is ROC AUC (named {@code roc_auc}); McNemar's
     * exact test at the metric's threshold when it is an accuracy ({@code accuracy@t}). Multiclass: McNemar's
     * exact test when the metric is {@code accuracy}. Otherwise, and for regression, the paired bootstrap.
     */
    AUTO,

    /** DeLong's test for two correlated ROC AUCs; the gate's metric must be the ROC AUC of the view. */
    DELONG,

    /**
     * McNemar's exact binomial test on paired correctness: for a binary comparison at the threshold of the
     * compared {@code accuracy@t} (a {@code double} gate: at the annotation's {@code threshold}); for a
     * multiclass one, correct means the predicted class equals the label.
     */
    MCNEMAR,

    /** McNemar's chi-squared test with Edwards' continuity correction, on paired correctness as {@link #MCNEMAR}. */
    MCNEMAR_CHI_SQUARED_CORRECTED,

    /** McNemar's chi-squared test without continuity correction, on paired correctness as {@link #MCNEMAR}. */
    MCNEMAR_CHI_SQUARED,

    /**
     * The paired bootstrap: one Poisson weight vector per resample, applied to both models' views. The
     * p-value is {@code min(1, 2 (1 + k) / (B + 1))}, where k is the smaller of the numbers of the B
     * defined resampled differences at or below zero and at or above zero: the add-one form of the smallest two-sided level whose percentile interval excludes zero. It is an
     * approximation from the bootstrap distribution around the estimate, not a null distribution; its
     * resolution is {@code 2 / (B + 1)}, so it never reports less than that, and with few rows it can be
     * anti-conservative, as percentile intervals are.
     */
    BOOTSTRAP,

    /**
     * Regression: the paired t-test on the per-row differences of the gate's {@code loss} (squared error by
     * default), candidate minus baseline ({@code scipy.stats.ttest_rel}). It tests the mean loss, so it fits
     * MSE (squared) or MAE (absolute) best; for another metric it is a test of that loss, not of the metric.
     */
    PAIRED_T,

    /**
     * Regression: the Wilcoxon signed-rank test on the per-row differences of the gate's {@code loss}, zero
     * differences dropped; exact for at most 50 differences without zeros or ties, else the normal
     * approximation with tie correction ({@code scipy.stats.wilcoxon}; see {@link dev.mlgate.stats.Wilcoxon}).
     */
    WILCOXON
}
