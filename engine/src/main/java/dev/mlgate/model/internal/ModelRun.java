package dev.mlgate.model.internal;

import dev.mlgate.spi.ModelSignature;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What scoring a model file on a suite's data gave: the predictions the gates see, and the facts the
 * report records and the budget gates judge.
 *
 * @param model the model file, resolved
 * @param bytes the model file's size
 * @param sha256 the model file's SHA-256, lower-case hex
 * @param runtime the runtime and its version
 * @param signature the model's inputs, outputs, producer and opsets
 * @param threads the threads asked of the runtime, 0 for its default
 * @param batchSize rows per scoring call
 * @param outputs {@code rows * width} predictions, row after row, in data order
 * @param width values per row
 * @param scoringNanos wall-clock time of the scoring pass over all rows
 * @param perRow single-row latency, when a budget asked for it
 * @param perBatch per-batch latency, when a budget asked for it
 * @param peakMemoryBytes the session's peak memory growth, when measurable (see {@link #MEMORY_METHOD})
 * @param machine where it ran
 */
public record ModelRun(Path model, long bytes, String sha256, String runtime, ModelSignature signature, int threads,
        int batchSize, double[] outputs, int width, long scoringNanos, Optional<Latency> perRow,
        Optional<Latency> perBatch, OptionalLong peakMemoryBytes, Machine machine) {

    /** How {@link #peakMemoryBytes()} is measured. */
    public static final String MEMORY_METHOD = MemoryProbe.METHOD;

    /** The number of rows scored. */
    public int rows() {
        return outputs.length / width;
    }

    /** The model file's name, as messages show it. */
    public String fileName() {
        return model.getFileName().toString();
    }
}
