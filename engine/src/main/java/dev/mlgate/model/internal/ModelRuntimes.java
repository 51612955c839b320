package dev.mlgate.model.internal;

import dev.mlgate.spi.ModelRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the {@link ModelRuntime} that reads a model file among those on the class path. */
final class ModelRuntimes {

    private ModelRuntimes() {
    }

    /** The first runtime that reads {@code model}; none is an error saying which module to add. */
    static ModelRuntime find(Path model) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> present = new ArrayList<>();
        try {
            for (ModelRuntime runtime : ServiceLoader.load(ModelRuntime.class,
                    loader != null ? loader : ModelRuntimes.class.getClassLoader())) {
                if (runtime.reads(model)) {
                    return runtime;
                }
                present.add(runtime.getClass().getName());
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw ModelException.of(model, "a model runtime on the class path could not be loaded: " + e, e);
        }
        String name = model.getFileName().toString();
        String advice = name.endsWith(".onnx")
                ? "add dev.mlgate:mlgate-onnx to the test class path (a test-scoped dependency)"
                : "add a module that provides a dev.mlgate.spi.ModelRuntime for this format";
        throw ModelException.of(model, "no model runtime on the class path reads this file"
                + (present.isEmpty() ? "" : " (present: " + String.join(", ", present) + ")") + "; " + advice, null);
    }
}
