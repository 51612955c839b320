package dev.mlgate.engine.internal.check;

import java.lang.reflect.Constructor;
import java.util.List;

/**
 * What every kind of suite definition holds the same way: its class, kind, checks and declaration
 * problems, and how to create the instance whose methods are its gates.
 *
 * @param <S> the state the suite computes for its checks
 */
public abstract class DeclaredSuite<S> implements SuiteDefinition<S> {

    private final Class<?> suiteClass;
    private final String kind;
    private final List<CheckSpec<S>> checks;
    private final List<DeclarationProblem> problems;

    protected DeclaredSuite(Class<?> suiteClass, String kind, List<CheckSpec<S>> checks,
            List<DeclarationProblem> problems) {
        this.suiteClass = suiteClass;
        this.kind = kind;
        this.checks = List.copyOf(checks);
        this.problems = List.copyOf(problems);
    }

    @Override
    public final Class<?> suiteClass() {
        return suiteClass;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final List<CheckSpec<S>> checks() {
        return checks;
    }

    @Override
    public final List<DeclarationProblem> problems() {
        return problems;
    }

    /** A new instance of {@code type} from its constructor without parameters, accessible or not. */
    public static <T> T newInstance(Class<T> type) throws ReflectiveOperationException {
        Constructor<T> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** The suite class's instance for instance gate methods, or null when it has no such constructor. */
    protected final Object suiteInstance() throws ReflectiveOperationException {
        try {
            return newInstance(suiteClass);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
