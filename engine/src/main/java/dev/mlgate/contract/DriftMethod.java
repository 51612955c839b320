package dev.mlgate.contract;

/**
 * How a column's distribution in the data is compared with the reference. Tests flag drift when their
 * p-value falls below the threshold; distances flag drift when they exceed it. Each method's default
 * threshold is given below; {@link NoDrift#threshold()} overrides it.
 */
public enum DriftMethod {

    /**
     * Chooses by column type and reference size, and the report states the choice: for numeric columns
     * {@link #KOLMOGOROV_SMIRNOV} when the reference has at most 1,000 non-null values, else
     * {@link #WASSERSTEIN}; for categorical columns (text, enums, booleans) {@link #CHI_SQUARED} up to
     * 1,000, else {@link #JENSEN_SHANNON}. P-values flag every tiny shift on large samples, so large
     * references are judged by a distance instead (the rule Evidently documents as its default).
     */
    AUTO(Double.NaN, false),

    /**
     * Two-sample Kolmogorov–Smirnov test, two-sided: statistic D and its p-value, exact for small
     * samples and asymptotic for large ones as SciPy's {@code ks_2samp} does. Numeric columns only.
     * Drift when p &lt; 0.05.
     */
    KOLMOGOROV_SMIRNOV(0.05, true),

    /**
     * Chi-squared test of homogeneity on the category counts of reference and data (SciPy's
     * {@code chi2_contingency} without Yates' correction); categories seen on one side only are part of
     * the table. Drift when p &lt; 0.05.
     */
    CHI_SQUARED(0.05, true),

    /**
     * Population stability index: for numeric columns over ten bins cut at the reference's deciles
     * (linear interpolation, bins closed on the right, outer bins open to infinity, equal edges merged),
     * for categorical ones over one bin per category; proportions floored at 1e-4 so an empty bin stays
     * finite. Drift when PSI &gt; 0.25, the usual "significant shift" mark (0.1 to 0.25 is commonly read as
     * moderate).
     */
    POPULATION_STABILITY_INDEX(0.25, false),

    /**
     * Jensen–Shannon distance with the natural logarithm (SciPy's {@code jensenshannon} default base),
     * in [0, sqrt(ln 2)]: the square root of the divergence. Other tools often report the divergence in
     * log2 instead. Categorical columns use category counts; numeric ones twenty equal-width bins over
     * both samples' pooled range (left-closed, the last closed, as {@code numpy.histogram}). Drift when the
     * distance exceeds 0.1.
     */
    JENSEN_SHANNON(0.1, false),

    /**
     * First Wasserstein (earth mover's) distance, as SciPy's {@code wasserstein_distance}, divided by
     * the reference's population standard deviation so that it is unit-free. Numeric columns only.
     * Drift when the normalised distance exceeds 0.1.
     */
    WASSERSTEIN(0.1, false);

    private final double defaultThreshold;
    private final boolean pValue;

    DriftMethod(double defaultThreshold, boolean pValue) {
        this.defaultThreshold = defaultThreshold;
        this.pValue = pValue;
    }

    /** The threshold used when none is declared. */
    public double defaultThreshold() {
        return defaultThreshold;
    }

    /** True for tests judged by their p-value, false for distances judged by their value. */
    public boolean judgesPValue() {
        return pValue;
    }
}
