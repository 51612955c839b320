package dev.mlgate.contract.internal;

import dev.mlgate.contract.DriftMethod;

/** Which drift methods apply to which kind of column. */
final class DriftMethods {

    private DriftMethods() {
    }

    /** KS, PSI and Wasserstein need numbers; chi-squared needs categories; JS and AUTO take either. */
    static boolean applies(DriftMethod method, boolean numeric) {
        return switch (method) {
            case KOLMOGOROV_SMIRNOV, POPULATION_STABILITY_INDEX, WASSERSTEIN -> numeric;
            case CHI_SQUARED -> !numeric;
            case JENSEN_SHANNON, AUTO -> true;
        };
    }
}
