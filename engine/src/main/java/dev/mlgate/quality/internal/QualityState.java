package dev.mlgate.quality.internal;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import dev.mlgate.model.internal.ModelRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a model-quality suite's gates read: the evaluation view built once from the predictions file
 * (or from a scorer's output on the evaluation data), its slices, and the suite instance whose gate
 * methods compute metrics from it.
 *
 * @param file the file read, as resolved
 * @param artifacts the report entries of the file read: role, path, rows, bytes and SHA-256
 * @param task the task the suite evaluates
 * @param view the evaluation view over all rows, of the task's view type
 * @param slices the slices of the suite's slice columns
 * @param ids the id of each row, or empty without an id column; repeated ids are kept
 * @param minSliceSize fewest rows a slice needs to decide
 * @param instance the suite class instance, for instance gate methods
 * @param seed the seed of bootstrap resamples
 * @param resamples the number of bootstrap resamples
 * @param model what scoring the model file gave, when the suite scores one
 * @param reference the predictions a model file must agree with, when {@link dev.mlgate.quality.AgreesWith} is declared
 * @param maxExamples the most example rows a gate reports
 * @param threads the threads bootstrap resamples run on ({@code mlgate.threads})
 * @param intervals the intervals of the suite's interval gates on all rows, computed together on first use
 */
record QualityState(Path file, Map<String, String> artifacts, Task task, Resamplable<?> view, List<Slice> slices,
        List<String> ids, int minSliceSize, Object instance, long seed, int resamples, Optional<ModelRun> model,
        Optional<ReferencePredictions> reference, int maxExamples, int threads, SharedIntervals intervals) {

    /** Why every gate of a file with a header and no data rows is inconclusive. */
    static final String NO_ROWS = "no evaluation rows";

    /** The file's name, as messages show it. */
    String fileName() {
        return file.getFileName().toString();
    }

    /** {@code binary.csv, 300 rows}: where the whole view comes from, for messages. */
    String whereAll() {
        return fileName() + ", " + view.size() + " rows";
    }

    /** The slices of one column, in order of first appearance. */
    List<Slice> slicesOf(String column) {
        return slices.stream().filter(slice -> slice.column().equals(column)).toList();
    }

    /** The view restricted to a slice's rows. */
    Resamplable<?> subset(Slice slice) {
        return subset(view, slice.rows());
    }

    static Resamplable<?> subset(Resamplable<?> view, int[] rows) {
        if (view instanceof BinaryScores binary) {
            return binary.subset(rows);
        }
        if (view instanceof MulticlassPredictions multiclass) {
            return multiclass.subset(rows);
        }
        return ((RegressionPredictions) view).subset(rows);
    }
}
