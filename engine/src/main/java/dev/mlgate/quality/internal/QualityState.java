package dev.mlgate.quality.internal;

import dev.mlgate.metrics.BinaryScores;
import java.nio.file.Path;
import java.util.List;

/**
 * What a model-quality suite's gates read: the evaluation view built once from the predictions file,
 * its slices, and the suite instance whose gate methods compute metrics from it.
 *
 * @param file the predictions file as resolved
 * @param scores the binary evaluation view over all rows
 * @param slices the slices of the suite's slice columns
 * @param minSliceSize fewest rows a slice needs to decide
 * @param instance the suite class instance, for instance gate methods
 * @param seed the seed of bootstrap resamples
 * @param resamples the number of bootstrap resamples
 */
record QualityState(Path file, BinaryScores scores, List<Slice> slices, int minSliceSize, Object instance,
        long seed, int resamples) {
}
