package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.Correction;
import dev.mlgate.metrics.Resamplable;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;

/**
 * What a comparison suite's gates read: the joined rows and both models' views of them, built once
 * per suite, and the per-slice results of every per-slice gate of the suite, computed together on
 * first use so that their p-values can be corrected as one family.
 *
 * @param candidateFile the candidate file, relative to the base directory when below it
 * @param baselineFile the baseline file, likewise, or null for a one-file comparison
 * @param artifacts lineage report entries of the files read: role, path, rows, bytes, SHA-256
 * @param firstRun true when the baseline file did not exist and the suite passes without one
 * @param joined the paired rows: both models' views
 * @param estimator the suite instance, seed and resamples
 * @param minSliceSize fewest rows a slice needs to be compared
 * @param correction the correction of the slice family
 * @param family the per-slice results of the suite's per-slice gates, computed on first use
 * @param wholeRows the estimates of the suite's whole-row gates, computed together on first use
 */
record BaselineState(Path candidateFile, Path baselineFile, Map<String, String> artifacts, boolean firstRun,
        Joined joined, Estimator estimator, int minSliceSize,
        Correction correction, SliceFamily family, WholeRows wholeRows) {

    /** The candidate's view of the joined rows. */
    Resamplable<?> candidate() {
        return joined.candidate();
    }

    /** The baseline's view of the joined rows, or null on a first run. */
    Resamplable<?> baseline() {
        return joined.baseline();
    }

    /** {@code 142 joined rows}. */
    String where() {
        return joined.rows() + (firstRun ? " candidate rows" : " joined rows");
    }

    /** {@code slice size_band=large (48 joined rows)}. */
    static String where(Slice slice, boolean firstRun) {
        return "slice " + slice.key() + " (" + slice.rows().length + (firstRun ? " candidate rows)" : " joined rows)");
    }

    /** The results of {@code gate} per slice, with adjusted p-values from the whole family. */
    List<SliceFamily.Outcome> outcomes(SliceComparisonGate gate) {
        return family.outcomes(this).get(gate);
    }
}
