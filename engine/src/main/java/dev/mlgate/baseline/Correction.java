package dev.mlgate.baseline;

/** Multiplicity correction of the p-values of a suite's per-slice comparisons. */
public enum Correction {

    /**
     * Holm's step-down method over every slice p-value of the suite's per-slice gates: controls the
     * family-wise error rate under any dependence. Significance is decided on the adjusted p-value.
     */
    HOLM,

    /** No correction: each slice is decided on its raw p-value. */
    NONE
}
