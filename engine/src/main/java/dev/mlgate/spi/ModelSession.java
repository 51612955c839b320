package dev.mlgate.spi;

import java.util.List;

/**
 * One loaded model, ready to score batches. The engine checks the {@link #signature()} against the
 * data before it calls {@link #score}, builds each batch from the data's columns, and closes the session
 * when the suite's scoring is done. A session is used by one thread at a time.
 */
public interface ModelSession extends AutoCloseable {

    /** The model's inputs, outputs and provenance, as the file declares them. */
    ModelSignature signature();

    /**
     * Why the model's outputs cannot give what {@code request} asks for (no such output, an output of the
     * wrong type or width), one sentence each; empty when they can.
     */
    List<String> outputProblems(OutputRequest request);

    /**
     * Scores one batch.
     *
     * @param batch one tensor per model input, each holding {@link InputBatch#rows()} rows
     * @param request which output to read and how
     * @return {@code rows * request.width()} values, row after row
     * @throws Exception when the runtime fails; the engine names the model file and the batch's rows
     */
    double[] score(InputBatch batch, OutputRequest request) throws Exception;

    /** Releases the session's native resources. */
    @Override
    void close() throws Exception;
}
