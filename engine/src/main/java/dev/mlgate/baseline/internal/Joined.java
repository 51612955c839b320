package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.Resamplable;
import java.util.List;

/**
 * The evaluation rows of a comparison, paired: both models' views of the same rows, in the candidate
 * file's order.
 *
 * @param candidate the candidate's view
 * @param baseline the baseline's view of the same rows, or null on a first run without a baseline
 * @param slices the slices of the candidate file's slice columns over the joined rows
 */
record Joined(Resamplable<?> candidate, Resamplable<?> baseline, List<Slice> slices) {

    int rows() {
        return candidate.size();
    }
}
