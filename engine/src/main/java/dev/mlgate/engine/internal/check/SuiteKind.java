package dev.mlgate.engine.internal.check;

import java.lang.annotation.Annotation;

/**
 * A kind of suite: the class annotation that declares it and the planner that compiles such a class.
 * The engine finds kinds with {@link java.util.ServiceLoader} ({@code META-INF/services} entries naming
 * public classes with a public no-argument constructor); its own three (data contract, model quality,
 * baseline comparison) are registered that way, and an mlgate module adds a kind the same way. This is an
 * interface for mlgate's modules, not for users: a planner builds the engine's internal check types.
 */
public interface SuiteKind {

    /** The class annotation that makes a class a suite of this kind, such as {@code @DataContract}. */
    Class<? extends Annotation> annotation();

    /** Compiles {@code suiteClass}, which carries {@link #annotation()}; mistakes become its problems. */
    SuiteDefinition<?> plan(Class<?> suiteClass);
}
