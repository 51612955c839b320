package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import java.util.List;
import java.util.Optional;

/**
 * What discovery learned from one suite class: its definition when the class declares exactly one
 * kind of suite, and every declaration mistake found in it. A class with mistakes is broken: it runs
 * as failing nodes that name each mistake, never as a partial set of checks.
 *
 * @param suiteClass the annotated class
 * @param definition the compiled suite, absent when the class declares no single kind
 * @param problems the declaration mistakes, each naming the class or member and the fix
 */
record SuiteDeclaration(Class<?> suiteClass, Optional<SuiteDefinition<?>> definition,
                        List<DeclarationProblem> problems) {

    /** The member name under which problems of the class as a whole are grouped. */
    static final String CLASS_MEMBER = "class";

    SuiteDeclaration {
        problems = List.copyOf(problems);
    }

    boolean broken() {
        return !problems.isEmpty() || definition.isEmpty();
    }
}
