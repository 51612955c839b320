package dev.mlgate.spi;

import java.nio.file.Path;

/**
 * Scores model files of one format in-process, found through {@link java.util.ServiceLoader}: a module
 * such as {@code mlgate-onnx} lists its implementation in
 * {@code META-INF/services/dev.mlgate.spi.ModelRuntime}, so that {@code mlgate-engine} itself stays free
 * of heavy native runtimes. An implementation needs a public constructor without parameters.
 */
public interface ModelRuntime {

    /** The runtime and its version, for the report, such as {@code ONNX Runtime 1.22.0}. */
    String name();

    /** Whether this runtime reads {@code model}; decided from the file name (its extension), never its bytes. */
    boolean reads(Path model);

    /**
     * Opens a scoring session on {@code model}; the caller closes it.
     *
     * @param model the model file, resolved
     * @param options the threads to use
     * @throws Exception when the file cannot be loaded; the engine names the file
     */
    ModelSession open(Path model, RuntimeOptions options) throws Exception;

    /**
     * How a session runs.
     *
     * @param threads threads one scoring call may use; 0 leaves the runtime's own default
     */
    record RuntimeOptions(int threads) {
    }
}
