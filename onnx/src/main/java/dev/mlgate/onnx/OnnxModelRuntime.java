package dev.mlgate.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.mlgate.spi.ModelRuntime;
import dev.mlgate.spi.ModelSession;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads {@code .onnx} files with ONNX Runtime on the CPU. Each session runs its operators sequentially
 * with {@code threads} intra-op threads (the runtime's default when 0) and every graph optimisation on,
 * as a service deploying the file would.
 */
public final class OnnxModelRuntime implements ModelRuntime {

    /** Creates the runtime; the engine does so through {@link java.util.ServiceLoader}. */
    public OnnxModelRuntime() {
    }

    @Override
    public String name() {
        return "ONNX Runtime " + OrtEnvironment.getEnvironment().getVersion() + " (CPU)";
    }

    @Override
    public boolean reads(Path model) {
        return model.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx");
    }

    @Override
    public ModelSession open(Path model, RuntimeOptions options) throws Exception {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions settings = new OrtSession.SessionOptions()) {
            settings.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            settings.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (options.threads() > 0) {
                settings.setIntraOpNumThreads(options.threads());
            }
            OrtSession session = environment.createSession(model.toString(), settings);
            try {
                return new OnnxSession(environment, session, Signatures.read(model, session));
            } catch (OrtException | RuntimeException e) {
                session.close();
                throw e;
            }
        }
    }
}
