package dev.mlgate.contract.internal;

import dev.mlgate.contract.DriftMethod;

/** Which drift methods apply to which kind of column. */
final class DriftMethods {

    private DriftMethods() {
    }

    /** KS and Wasserstein need numbers; chi-squared needs categories; PSI, JS and AUTO take either. */
    static boolean applies(DriftMethod method, boolean numeric) {
        return switch (method) {
            case KOLMOGOROV_SMIRNOV, WASSERSTEIN -> numeric;
            case CHI_SQUARED -> !numeric;
            case POPULATION_STABILITY_INDEX, JENSEN_SHANNON, AUTO -> true;
        };
    }
}
