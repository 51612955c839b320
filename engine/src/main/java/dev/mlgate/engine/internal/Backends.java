package dev.mlgate.engine.internal;

import dev.mlgate.backend.Backend;
import dev.mlgate.engine.internal.check.ExplainedFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The backends on the class path, found with {@link ServiceLoader} as JUnit finds engines, and the one
 * {@code mlgate.backend} names.
 */
public final class Backends {

    /** Where a backend the engine does not ship comes from, for the message that asks for it. */
    private static final Map<String, String> MODULES = Map.of("spark", "dev.mlgate:mlgate-spark");

    private Backends() {
    }

    /**
     * The backend called {@code name}.
     *
     * @throws UnknownBackend naming the backends available and the module to add, when none is called so
     */
    public static Backend select(String name) {
        Map<String, Backend> found = available();
        Backend backend = found.get(name);
        if (backend == null) {
            String module = MODULES.getOrDefault(name, "the module that provides it");
            throw new UnknownBackend("mlgate.backend = '" + name + "' names no backend on the test class path;"
                    + " the backends available are " + new TreeSet<>(found.keySet()) + ". Add " + module
                    + " to the test dependencies, or set mlgate.backend to one of those.");
        }
        return backend;
    }

    /** No backend has the configured name; the message says which ones exist and what to add. */
    static final class UnknownBackend extends IllegalStateException implements ExplainedFailure {

        UnknownBackend(String message) {
            super(message);
        }
    }

    /** Every backend by name, in class path order; the first of a name wins. */
    static Map<String, Backend> available() {
        Map<String, Backend> found = new LinkedHashMap<>();
        for (ClassLoader loader : loaders()) {
            try {
                for (Backend backend : ServiceLoader.load(Backend.class, loader)) {
                    found.putIfAbsent(backend.name(), backend);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("a backend on the class path cannot be loaded: " + e.getMessage(), e);
            }
        }
        return found;
    }

    /** The context class loader (the test class path) and the engine's own, when they differ. */
    static List<ClassLoader> loaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        ClassLoader own = Backends.class.getClassLoader();
        if (own != context) {
            loaders.add(own);
        }
        return loaders;
    }
}
