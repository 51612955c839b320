package dev.mlgate.model.internal;

import dev.mlgate.engine.internal.check.ExplainedFailure;
import java.nio.file.Path;
import java.util.List;

/**
 * A model file that cannot score the suite's data as declared: no runtime reads it, its signature does
 * not match the data, or the runtime failed. The message names the model file and each mismatch.
 */
public final class ModelException extends RuntimeException implements ExplainedFailure {

    private static final long serialVersionUID = 1L;

    private final List<String> mismatches;

    ModelException(String message, List<String> mismatches, Throwable cause) {
        super(message, cause);
        this.mismatches = List.copyOf(mismatches);
    }

    /** One problem with {@code model}, such as a runtime failure. */
    static ModelException of(Path model, String reason, Throwable cause) {
        return new ModelException(model.getFileName() + ": " + reason, List.of(reason), cause);
    }

    /** Every mismatch between {@code model}'s signature and the data, each one sentence. */
    static ModelException signature(Path model, List<String> mismatches) {
        return new ModelException(model.getFileName() + ": the model's signature does not match the data ("
                + mismatches.size() + (mismatches.size() == 1 ? " mismatch" : " mismatches") + "): "
                + String.join("; ", mismatches), mismatches, null);
    }

    /** Each mismatch, one sentence each, in the order found. */
    public List<String> mismatches() {
        return mismatches;
    }
}
