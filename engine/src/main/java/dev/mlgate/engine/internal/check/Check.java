package dev.mlgate.engine.internal.check;

/**
 * The executable part of a declared constraint, gate or comparison. A check never reads files: it
 * evaluates against the suite's state, which was computed for all checks of the suite at once.
 *
 * @param <S> the suite state its kind of suite computes
 */
@FunctionalInterface
public interface Check<S> {

    /** Evaluates the check; an exception is reported as an error of this check alone. */
    Evaluation evaluate(S state) throws Exception;
}
