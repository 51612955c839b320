package dev.mlgate.baseline.internal;

import java.util.List;

/**
 * The evaluation rows of a comparison, paired: for each joined row the label, the candidate's score
 * and the baseline's score, in the candidate file's order.
 *
 * @param labels the true labels, {@code true} for the positive class
 * @param candidate the candidate's scores
 * @param baseline the baseline's scores, or null on a first run without a baseline
 * @param slices the slices of the candidate file's slice columns over the joined rows
 */
record Joined(boolean[] labels, double[] candidate, double[] baseline, List<Slice> slices) {

    int rows() {
        return labels.length;
    }
}
