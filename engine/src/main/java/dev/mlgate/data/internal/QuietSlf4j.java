package dev.mlgate.data.internal;

import org.slf4j.LoggerFactory;

/**
 * Starts SLF4J without its "No SLF4J providers were found" warning when the class path has no provider.
 *
 * <p>mlgate does no logging, but Tablesaw does: initialising its {@code Table} class loads every Tablesaw
 * reader, and one of them asks SLF4J for a logger. With no provider, SLF4J 2 then prints three
 * {@code SLF4J(W)} lines to stderr, in the middle of the user's test output, about log messages nobody
 * asked for. A library must not choose a provider for its users (slf4j-nop here would clash with their
 * logback), so instead: when there is no SLF4J 2 provider and no SLF4J 1.7 binding, and the user has not
 * set {@code slf4j.internal.verbosity}, SLF4J is started once with that property at ERROR and the property is removed
 * again. A user with a provider keeps it untouched; one who wants the warning sets the property to WARN.
 *
 * <p>Called when the JUnit Platform loads the engine, before any test (also a user's own Tablesaw code in a
 * Jupiter test), and by {@link TablesawTables} for uses outside the Platform.
 */
public final class QuietSlf4j {

    /** SLF4J's own switch (2.0.10 and later) for the level of its internal messages. */
    static final String VERBOSITY = "slf4j.internal.verbosity";
    private static final String PROVIDER_SERVICE = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";
    private static final String LEGACY_BINDING = "org/slf4j/impl/StaticLoggerBinder.class";

    private QuietSlf4j() {
    }

    /** Starts SLF4J, silencing only its no-provider warning and only when no binding is present. */
    public static synchronized void start() {
        ClassLoader loader = LoggerFactory.class.getClassLoader();
        if (System.getProperty(VERBOSITY) != null
                || hasBinding(loader == null ? ClassLoader.getSystemClassLoader() : loader)) {
            return;
        }
        System.setProperty(VERBOSITY, "ERROR");
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(VERBOSITY);
        }
    }

    /** Whether {@code loader} sees an SLF4J 2 provider or an SLF4J 1.7 binding, which SLF4J should report on. */
    static boolean hasBinding(ClassLoader loader) {
        return loader.getResource(PROVIDER_SERVICE) != null || loader.getResource(LEGACY_BINDING) != null;
    }
}
