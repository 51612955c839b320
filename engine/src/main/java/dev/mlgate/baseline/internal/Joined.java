package dev.mlgate.baseline.internal;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The evaluation rows of a comparison, paired: for each joined row the label, the candidate's score
 * and the baseline's score, in the candidate file's order.
 *
 * @param labels the true labels, {@code true} for the positive class
 * @param candidate the candidate's scores
 * @param baseline the baseline's scores, or null on a first run without a baseline
 * @param slices the slices of the candidate file's slice columns over the joined rows
 * @param candidateRows names a joined row by its line and row in the candidate's file
 * @param baselineRows names a joined row by its line and row in the baseline's file
 */
record Joined(boolean[] labels, double[] candidate, double[] baseline, List<Slice> slices,
        IntFunction<String> candidateRows, IntFunction<String> baselineRows) {

    int rows() {
        return labels.length;
    }
}
